package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * A node of the operation's command tree.
 *
 * @param level        STRATEGIC, OPERATIONAL, COMPONENT, TACTICAL
 * @param component    for a COMPONENT headquarters: LAND, AIR, MARITIME, SPECIAL_OPERATIONS, LOGISTICS; else null
 * @param parentNodeId null only for the strategic headquarters at the top
 */
public record HeadquartersEstablished(@Bounded(length = Bounds.ID) String operationId,
                                      @Bounded(length = Bounds.ID) String coalitionId,
                                      @Bounded(length = Bounds.ID) String nodeId,
                                      @Bounded(length = Bounds.NAME) String name,
                                      @Bounded(length = Bounds.CODE) String level,
                                      @Bounded(length = Bounds.CODE) String component,
                                      @Bounded(length = Bounds.NATION) String commanderNation,
                                      @Bounded(length = Bounds.ID) String parentNodeId)
        implements CommandStructureEventV1 {
}
