package org.entente.membership.exit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.entente.platform.domain.RuleViolation;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A transition milestone of the exit strategy, assessed as achieved or slipped. */
public class Milestone {

    @EntityId
    private String milestoneId;
    private String name;
    private LocalDate targetDate;
    private MilestoneStatus status;

    Milestone() {
        // for snapshots
    }

    public Milestone(MilestoneDefined defined) {
        this.milestoneId = defined.milestoneId();
        this.name = defined.name();
        this.targetDate = defined.targetDate();
        this.status = MilestoneStatus.PENDING;
    }

    @CommandHandler
    void handle(RecordMilestoneAchieved command) {
        requireOpen();
        apply(new MilestoneAchieved(command.coalitionId(), milestoneId));
    }

    @CommandHandler
    void handle(RecordMilestoneSlipped command) {
        requireOpen();
        if (!command.newTargetDate().isAfter(targetDate)) {
            throw new RuleViolation("a-slip-moves-the-target-later", "milestone '" + name + "' is due " + targetDate
                    + "; a slip must move it later than that, not to " + command.newTargetDate());
        }
        apply(new MilestoneSlipped(command.coalitionId(), milestoneId, targetDate, command.newTargetDate(),
                command.reason()));
    }

    private void requireOpen() {
        if (status == MilestoneStatus.ACHIEVED) {
            throw new RuleViolation("achieved-milestones-are-closed", "milestone '" + name + "' is already achieved");
        }
    }

    @EventSourcingHandler
    void on(MilestoneAchieved event) {
        status = MilestoneStatus.ACHIEVED;
    }

    @EventSourcingHandler
    void on(MilestoneSlipped event) {
        targetDate = event.newTargetDate();
        status = MilestoneStatus.SLIPPED;
    }

    public String name() {
        return name;
    }
}
