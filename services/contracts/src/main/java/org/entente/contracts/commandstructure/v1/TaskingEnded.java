package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * A pending or issued tasking lapsed because the authority it relied on is gone.
 *
 * @param cause FORCE_RECALLED, RETURNED_TO_NATIONAL_COMMAND, AUTHORITY_CHANGED, OPERATION_CLOSED
 */
public record TaskingEnded(@Bounded(length = Bounds.ID) String operationId,
                           @Bounded(length = Bounds.ID) String coalitionId,
                           @Bounded(length = Bounds.ID) String taskingId,
                           @Bounded(length = Bounds.ID) String forceId,
                           @Bounded(length = Bounds.CODE) String cause) implements CommandStructureEventV1 {
}
