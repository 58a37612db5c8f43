package org.entente.membership.coalition;

public enum CoalitionPurpose {
    COLLECTIVE_DEFENCE,
    STABILIZATION,
    PEACE_ENFORCEMENT,
    PEACEKEEPING,
    HUMANITARIAN,
    SANCTIONS_ENFORCEMENT,
    COUNTER_TERRORISM,
    MARITIME_SECURITY,
    OTHER
}
