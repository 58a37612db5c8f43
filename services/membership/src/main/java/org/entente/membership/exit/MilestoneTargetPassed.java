package org.entente.membership.exit;

import java.time.LocalDate;

/**
 * The milestone's target date passed without it being achieved: recorded by the service itself at the end of that
 * day, caused by the definition or slip that set the date.
 */
public record MilestoneTargetPassed(String coalitionId, String milestoneId, LocalDate targetDate)
        implements MilestoneEvent {
}
