package org.entente.membership.member;

/** An assessment of the partner's government, recorded as data because coalitions do take such partners. */
public enum Governance {
    DEMOCRATIC,
    NON_DEMOCRATIC,
    UNASSESSED
}
