package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** @param previousNation the nation that led before; null for the first designation or after a vacancy */
public record LeadNationDesignated(@Bounded(length = Bounds.ID) String operationId,
                                   @Bounded(length = Bounds.ID) String coalitionId,
                                   @Bounded(length = Bounds.NATION) String nation,
                                   @Bounded(length = Bounds.NATION) String previousNation)
        implements CommandStructureEventV1 {
}
