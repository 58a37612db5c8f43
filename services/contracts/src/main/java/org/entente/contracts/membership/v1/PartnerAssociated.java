package org.entente.contracts.membership.v1;

/**
 * A state associated with the coalition without being a member.
 *
 * @param role       HOST_NATION, TRANSIT_STATE, OPERATIONAL_PARTNER, FINANCIAL_CONTRIBUTOR, OBSERVER
 * @param governance DEMOCRATIC, NON_DEMOCRATIC or UNASSESSED
 */
public record PartnerAssociated(String coalitionId, String nation, String role, String governance) {
}
