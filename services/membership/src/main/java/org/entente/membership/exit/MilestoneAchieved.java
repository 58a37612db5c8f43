package org.entente.membership.exit;

/** Achieved on the decision's effective time. */
public record MilestoneAchieved(String coalitionId, String milestoneId) implements MilestoneEvent {
}
