package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * The last event of an operation; every force was returned to national command before it.
 *
 * @param cause COALITION_DISSOLVED, CONCLUDED
 */
public record OperationClosed(@Bounded(length = Bounds.ID) String operationId,
                              @Bounded(length = Bounds.ID) String coalitionId,
                              @Bounded(length = Bounds.CODE) String cause) implements CommandStructureEventV1 {
}
