package org.entente.membership.exit;

import java.time.LocalDate;

public record MilestoneSlipped(String coalitionId, String milestoneId, LocalDate previousTargetDate,
                               LocalDate newTargetDate, String reason) implements MilestoneEvent {
}
