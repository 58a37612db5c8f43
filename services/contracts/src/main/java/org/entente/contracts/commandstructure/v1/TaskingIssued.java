package org.entente.contracts.commandstructure.v1;

/**
 * A headquarters tasked a force under coalition authority; the tasking is in force.
 *
 * @param nodeId   the tasking headquarters
 * @param kind     PATROL, SURVEILLANCE, ESCORT, INTERDICTION, STRIKE, TASK_WITHIN_MISSION, DIRECT_MOVEMENT, REDEPLOY,
 *                 REASSIGN_FORCE, EMPLOY_COMPONENTS_SEPARATELY
 * @param function the function it serves (e.g. ARMS_EMBARGO); null = its kind
 * @param area     where; null = the area of the force's placement
 */
public record TaskingIssued(String operationId, String coalitionId, String taskingId, String nodeId, String forceId,
                            String nation, String kind, String function, String area, String description) {
}
