package org.entente.membership.pledge;

public enum WithdrawalCause {
    NATION_DECISION,
    MEMBER_WITHDREW
}
