package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * A headquarters tasked a force under coalition authority; the tasking is in force.
 *
 * @param nodeId   the tasking headquarters
 * @param kind     PATROL, SURVEILLANCE, ESCORT, INTERDICTION, STRIKE, TASK_WITHIN_MISSION, DIRECT_MOVEMENT, REDEPLOY,
 *                 REASSIGN_FORCE, EMPLOY_COMPONENTS_SEPARATELY
 * @param function the function it serves (e.g. ARMS_EMBARGO); null = its kind
 * @param area     where; null = the area of the force's placement
 */
public record TaskingIssued(@Bounded(length = Bounds.ID) String operationId,
                            @Bounded(length = Bounds.ID) String coalitionId,
                            @Bounded(length = Bounds.ID) String taskingId,
                            @Bounded(length = Bounds.ID) String nodeId,
                            @Bounded(length = Bounds.ID) String forceId,
                            @Bounded(length = Bounds.NATION) String nation,
                            @Bounded(length = Bounds.CODE) String kind,
                            @Bounded(length = Bounds.CODE) String function,
                            @Bounded(length = Bounds.NAME) String area,
                            @Bounded(length = Bounds.TEXT) String description) implements CommandStructureEventV1 {
}
