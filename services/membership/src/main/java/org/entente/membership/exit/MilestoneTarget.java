package org.entente.membership.exit;

import java.time.LocalDate;

/** The deadline of a milestone: at the end of its target date (UTC) a milestone not achieved has passed it. */
public record MilestoneTarget(String coalitionId, String milestoneId, LocalDate targetDate) {

    public static final String DEADLINE = "milestone-target";
}
