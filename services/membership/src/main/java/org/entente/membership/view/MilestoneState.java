package org.entente.membership.view;

import org.entente.membership.exit.MilestoneStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** @param overdue not achieved and its target date has passed */
public record MilestoneState(String milestoneId, String name, List<String> criteria, LocalDate originalTargetDate,
                             LocalDate targetDate, MilestoneStatus status, Instant achievedAt, List<Slip> slips,
                             boolean overdue) {

    public record Slip(LocalDate from, LocalDate to, String reason, Instant effectiveTime, Instant recordedTime) {
    }
}
