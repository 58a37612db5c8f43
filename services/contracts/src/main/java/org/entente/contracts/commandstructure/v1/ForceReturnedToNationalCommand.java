package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * The force left coalition authority because of what happened to its nation or the operation.
 *
 * @param cause MEMBER_WITHDRAWN, MEMBER_SUSPENDED, OPERATION_CLOSED
 */
public record ForceReturnedToNationalCommand(@Bounded(length = Bounds.ID) String operationId,
                                             @Bounded(length = Bounds.ID) String coalitionId,
                                             @Bounded(length = Bounds.ID) String forceId,
                                             @Bounded(length = Bounds.NATION) String nation,
                                             @Bounded(length = Bounds.CODE) String cause)
        implements CommandStructureEventV1 {
}
