package org.entente.membership.exit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.EntityId;
import org.entente.platform.deadline.Deadlines;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A transition milestone of the exit strategy, assessed as achieved or slipped. */
public class Milestone {

    @EntityId
    private String milestoneId;
    private String name;
    private LocalDate targetDate;
    private MilestoneStatus status;
    /** The event that set {@link #targetDate}: the cause of its passing. */
    private String targetSetBy;
    /** The last target date recorded as passed. */
    private LocalDate passedTarget;

    Milestone() {
        // for snapshots
    }

    public Milestone(MilestoneDefined defined, String eventId) {
        this.targetSetBy = eventId;
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

    /** Schedules the passing of a milestone's target date, for the coalition to record unless it is met first. */
    public static void scheduleTarget(String coalitionId, String milestoneId, LocalDate targetDate, Deadlines deadlines,
                                      DeadlineManager deadlineManager) {
        deadlines.schedule(deadlineManager, MilestoneTarget.DEADLINE, Deadlines.endOf(targetDate), new MilestoneTarget(coalitionId, milestoneId, targetDate),
                "the milestone's target date passed before it was achieved", "milestone target " + targetDate);
    }

    /** Records that {@code targetDate} passed, unless achieved, moved meanwhile or recorded already. */
    public void targetPassed(String coalitionId, LocalDate targetDate) {
        if (status != MilestoneStatus.ACHIEVED && targetDate.equals(this.targetDate)
                && !targetDate.equals(passedTarget)) {
            apply(new MilestoneTargetPassed(coalitionId, milestoneId, targetDate),
                    MetaData.with(DecisionMetadata.CAUSATION_ID, targetSetBy));
        }
    }

    @CommandHandler
    void handle(RecordMilestoneSlipped command, Deadlines deadlines, DeadlineManager deadlineManager) {
        requireOpen();
        if (!command.newTargetDate().isAfter(targetDate)) {
            throw new RuleViolation("a-slip-moves-the-target-later", "milestone '" + name + "' is due " + targetDate
                    + "; a slip must move it later than that, not to " + command.newTargetDate());
        }
        apply(new MilestoneSlipped(command.coalitionId(), milestoneId, targetDate, command.newTargetDate(),
                command.reason()));
        scheduleTarget(command.coalitionId(), milestoneId, command.newTargetDate(), deadlines, deadlineManager);
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
    void on(MilestoneSlipped event, @MessageIdentifier String eventId) {
        targetSetBy = eventId;
        targetDate = event.newTargetDate();
        status = MilestoneStatus.SLIPPED;
    }

    @EventSourcingHandler
    void on(MilestoneTargetPassed event) {
        passedTarget = event.targetDate();
    }

    public String name() {
        return name;
    }

    /**
     * The same state, field by field: what the aggregate fixtures compare when they rebuild the aggregate from its
     * events (an entity's identity alone would hide a field one handler sets and another forgets).
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Milestone other)) {
            return false;
        }
        return Objects.equals(milestoneId, other.milestoneId) && Objects.equals(name, other.name) &&
                Objects.equals(targetDate, other.targetDate) && Objects.equals(status, other.status) &&
                Objects.equals(targetSetBy, other.targetSetBy) && Objects.equals(passedTarget, other.passedTarget);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(milestoneId);
    }
}
