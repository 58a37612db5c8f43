package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** An operation of a coalition; it belongs to the coalition's exercise (envelope exerciseId), if any. */
public record OperationEstablished(@Bounded(length = Bounds.ID) String operationId,
                                   @Bounded(length = Bounds.ID) String coalitionId,
                                   @Bounded(length = Bounds.NAME) String name) implements CommandStructureEventV1 {
}
