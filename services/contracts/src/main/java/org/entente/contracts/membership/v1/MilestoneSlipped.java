package org.entente.contracts.membership.v1;

import java.time.LocalDate;

public record MilestoneSlipped(String coalitionId, String milestoneId, LocalDate previousTargetDate,
                               LocalDate newTargetDate, String reason) {
}
