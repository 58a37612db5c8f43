package org.entente.membership.pledge;

public record PledgeWithdrawn(String coalitionId, String pledgeId, WithdrawalCause cause) implements PledgeEvent {
}
