package org.entente.contracts.membership.v1;

public record MilestoneAchieved(String coalitionId, String milestoneId) {
}
