package org.entente.contracts.commandstructure.v1;

/**
 * As {@link TaskingIssued}, but the nation's red-card policy requires its holder's approval first.
 *
 * @param redCardHolder who must approve or veto
 */
public record TaskingAwaitingApproval(String operationId, String coalitionId, String taskingId, String nodeId,
                                      String forceId, String nation, String kind, String function, String area,
                                      String description, String redCardHolder) {
}
