package org.entente.roe.profile;

import java.util.List;
import java.util.Optional;

/**
 * The operations this service knows of, from the command-structure topic (eventually consistent with that service).
 * Inject it into a command handler as a parameter; fixture tests register a fixed one.
 */
public interface OperationDirectory {

    Optional<KnownOperation> operation(String operationId);

    /** Every operation of the coalition, closed ones included, oldest first. */
    List<KnownOperation> ofCoalition(String coalitionId);
}
