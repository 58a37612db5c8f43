package org.entente.membership.exit;

public enum MilestoneStatus {
    PENDING,
    /** Its target date was moved later at least once; still to be met. */
    SLIPPED,
    ACHIEVED
}
