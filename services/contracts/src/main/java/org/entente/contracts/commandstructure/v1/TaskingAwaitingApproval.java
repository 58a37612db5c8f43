package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * As {@link TaskingIssued}, but the nation's red-card policy requires its holder's approval first.
 *
 * @param redCardHolder who must approve or veto
 */
public record TaskingAwaitingApproval(@Bounded(length = Bounds.ID) String operationId,
                                      @Bounded(length = Bounds.ID) String coalitionId,
                                      @Bounded(length = Bounds.ID) String taskingId,
                                      @Bounded(length = Bounds.ID) String nodeId,
                                      @Bounded(length = Bounds.ID) String forceId,
                                      @Bounded(length = Bounds.NATION) String nation,
                                      @Bounded(length = Bounds.CODE) String kind,
                                      @Bounded(length = Bounds.CODE) String function,
                                      @Bounded(length = Bounds.NAME) String area,
                                      @Bounded(length = Bounds.TEXT) String description,
                                      @Bounded(length = Bounds.SHORT) String redCardHolder)
        implements CommandStructureEventV1 {
}
