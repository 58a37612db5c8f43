package org.entente.contracts.commandstructure.v1;

/**
 * A node of the operation's command tree.
 *
 * @param level        STRATEGIC, OPERATIONAL, COMPONENT, TACTICAL
 * @param component    for a COMPONENT headquarters: LAND, AIR, MARITIME, SPECIAL_OPERATIONS, LOGISTICS; else null
 * @param parentNodeId null only for the strategic headquarters at the top
 */
public record HeadquartersEstablished(String operationId, String coalitionId, String nodeId, String name, String level,
                                      String component, String commanderNation, String parentNodeId) {
}
