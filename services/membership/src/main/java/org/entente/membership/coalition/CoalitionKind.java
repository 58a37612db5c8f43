package org.entente.membership.coalition;

/** A treaty-based alliance with standing institutions, or a coalition formed for one crisis. */
public enum CoalitionKind {
    FORMAL_ALLIANCE,
    AD_HOC
}
