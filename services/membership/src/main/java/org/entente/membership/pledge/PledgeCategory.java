package org.entente.membership.pledge;

/** What a nation commits. FUNDING is counted in money (an ISO 4217 currency); the others in their own units. */
public enum PledgeCategory {
    FORCES,
    FUNDING,
    LOGISTICS,
    BASING,
    SANCTIONS_ENFORCEMENT;

    public boolean isMoney() {
        return this == FUNDING;
    }
}
