package org.entente.membership.exit;

/** An event about one milestone of the exit strategy. */
public interface MilestoneEvent {

    String milestoneId();
}
