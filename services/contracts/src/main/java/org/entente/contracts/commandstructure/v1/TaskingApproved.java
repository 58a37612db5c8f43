package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The red-card holder approved the tasking; it is now in force. Why: the envelope's rationale. */
public record TaskingApproved(@Bounded(length = Bounds.ID) String operationId,
                              @Bounded(length = Bounds.ID) String coalitionId,
                              @Bounded(length = Bounds.ID) String taskingId,
                              @Bounded(length = Bounds.ID) String forceId,
                              @Bounded(length = Bounds.NATION) String nation,
                              @Bounded(length = Bounds.SHORT) String redCardHolder) implements CommandStructureEventV1 {
}
