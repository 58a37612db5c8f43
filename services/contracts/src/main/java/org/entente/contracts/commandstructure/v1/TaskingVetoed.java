package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The red-card holder refused the tasking; the force does not carry it out. */
public record TaskingVetoed(@Bounded(length = Bounds.ID) String operationId,
                            @Bounded(length = Bounds.ID) String coalitionId,
                            @Bounded(length = Bounds.ID) String taskingId,
                            @Bounded(length = Bounds.ID) String forceId,
                            @Bounded(length = Bounds.NATION) String nation,
                            @Bounded(length = Bounds.SHORT) String redCardHolder,
                            @Bounded(length = Bounds.TEXT) String reason) implements CommandStructureEventV1 {
}
