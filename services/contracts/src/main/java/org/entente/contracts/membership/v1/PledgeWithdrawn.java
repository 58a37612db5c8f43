package org.entente.contracts.membership.v1;

/** @param cause NATION_DECISION, or MEMBER_WITHDREW when the pledge fell with its nation's withdrawal */
public record PledgeWithdrawn(String coalitionId, String pledgeId, String cause) {
}
