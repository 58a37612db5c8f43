package org.entente.basing.clearance;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.entente.basing.theatre.Parties;
import org.entente.platform.deadline.Deadlines;
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.DecisionTime;
import org.entente.platform.domain.CommandTargets;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.domain.UnknownEntity;
import org.entente.platform.exercise.ExerciseBoundary;
import org.entente.platform.roster.CoalitionCheck;
import org.entente.platform.roster.CoalitionRoster;

import java.time.Duration;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A diplomatic clearance: a user nation's state aircraft may overfly or land in a granting state, for one flight or
 * for a year. The granting state need not belong to the coalition; while it is a member, its leaving or suspension
 * suspends what it granted.
 *
 * <p>Who decides: the user nation asks, for itself only; the granting state grants, denies and (once it stands in the
 * coalition again) reinstates, for itself only; either of the two records that a granted clearance ran out.
 */
@Aggregate(cache = "clearanceCache", commandTargetResolver = CommandTargets.BY_VERSION)
public class DiplomaticClearance {

    /** An annual clearance covers at most a year (and a day, for leap years) from its first use. */
    static final Duration LONGEST_ANNUAL = Duration.ofDays(366);

    @AggregateIdentifier
    private String clearanceId;
    /** The id names another kind of record: its history holds none of this aggregate's events. */
    private boolean foreign;
    private String coalitionId;
    private String exerciseId;
    /** When the record began: its first event's effective time. */
    private Instant beganAt;
    private String userNation;
    private String grantingNation;
    private ClearanceKind kind;
    private ClearanceStatus status;
    private ClearanceStatus beforeSuspension;
    private Instant firstUseAt;
    private Instant validUntil;
    /** The grant that set {@link #validUntil}, the cause of the clearance's expiry. */
    private String grantedBy;

    DiplomaticClearance() {
        // for Axon
    }

    @CommandHandler
    DiplomaticClearance(RequestClearance command, MetaData metaData, CoalitionRoster roster,
                        ClearanceLeadTimes leadTimes) {
        ActorAuthority.of(metaData).requireActingFor(command.userNation(), "clearance request");
        CoalitionCheck.requireOpen(roster, command.coalitionId(), metaData);
        CoalitionCheck.requireActiveMember(roster, command.coalitionId(), command.userNation(),
                "only-active-members-request-clearances", "request clearances");
        if (command.userNation().equals(command.grantingNation())) {
            throw new RuleViolation("a-clearance-is-asked-of-another-state", command.userNation()
                    + " needs no diplomatic clearance from itself");
        }
        // notice counts from when the request is recorded: a backdated effective time must not make up for it
        Instant asked = DecisionTime.recorded();
        if (!command.firstUseAt().isAfter(asked)) {
            throw new RuleViolation("a-clearance-is-requested-before-its-first-use", "first use at "
                    + command.firstUseAt() + " is not after the request at " + asked);
        }
        int required = leadTimes.of(command.grantingNation()).days(command.kind());
        boolean shortNotice = Duration.between(asked, command.firstUseAt()).compareTo(Duration.ofDays(required)) < 0;
        if (shortNotice && !command.urgent()) {
            throw new RuleViolation("clearance-requests-respect-lead-time", command.grantingNation() + " asks for "
                    + required + " days of notice for a " + command.kind() + " clearance; first use at "
                    + command.firstUseAt() + " is sooner. Mark the request urgent to ask anyway");
        }
        apply(new ClearanceRequested(command.clearanceId(), command.coalitionId(), command.userNation(),
                command.grantingNation(), command.kind(), ClearanceStatus.REQUESTED, command.purpose(),
                command.aircraft(), command.firstUseAt(), required, shortNotice));
    }

    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (foreign) {
            throw new UnknownEntity("no clearance is known by that id"); // it names another kind of record
        }
        ExerciseBoundary.check(exerciseId, command.getMetaData(), "clearance " + clearanceId);
        DecisionTime.requireWithinRecord(beganAt, command.getMetaData(), "clearance " + clearanceId);
        return chain.proceed();
    }

    @CommandHandler
    void handle(GrantClearance command, MetaData metaData, ClearanceLeadTimes leadTimes, Deadlines deadlines,
                DeadlineManager deadlineManager) {
        ActorAuthority.of(metaData).requireActingFor(grantingNation, "clearance grant");
        requirePending();
        if (!command.validUntil().isAfter(firstUseAt)) {
            throw new RuleViolation("a-clearance-covers-its-first-use", "valid until " + command.validUntil()
                    + " ends before the first use at " + firstUseAt);
        }
        if (kind == ClearanceKind.ANNUAL && command.validUntil().isAfter(firstUseAt.plus(LONGEST_ANNUAL))) {
            throw new RuleViolation("an-annual-clearance-lasts-a-year", "an annual clearance from " + firstUseAt
                    + " cannot run until " + command.validUntil());
        }
        int perFlightDays = leadTimes.perFlightMaximumDays();
        if (kind == ClearanceKind.PER_FLIGHT
                && command.validUntil().isAfter(firstUseAt.plus(Duration.ofDays(perFlightDays)))) {
            throw new RuleViolation("a-per-flight-clearance-is-short", "a per-flight clearance from " + firstUseAt
                    + " runs at most " + perFlightDays + " days, not until " + command.validUntil());
        }
        apply(new ClearanceGranted(clearanceId, coalitionId, userNation, grantingNation, kind,
                ClearanceStatus.GRANTED, command.clearanceNumber(), command.validUntil(), command.conditions()));
        deadlines.schedule(deadlineManager, DiplomaticClearance.class, clearanceId, ClearanceEnd.DEADLINE,
                command.validUntil(), new ClearanceEnd(clearanceId, command.validUntil()),
                "the clearance reached the end of its validity", "clearance valid until " + command.validUntil());
    }

    /** The end of a granted clearance came: it expires. Records nothing once it has ended otherwise. */
    @DeadlineHandler(deadlineName = ClearanceEnd.DEADLINE)
    void on(ClearanceEnd due) {
        if (foreign || !due.validUntil().equals(validUntil)
                || status != ClearanceStatus.GRANTED && status != ClearanceStatus.SUSPENDED) {
            return;
        }
        apply(new ClearanceExpired(clearanceId, coalitionId, userNation, grantingNation, kind,
                ClearanceStatus.EXPIRED), MetaData.with(DecisionMetadata.CAUSATION_ID, grantedBy));
    }

    @CommandHandler
    void handle(DenyClearance command, MetaData metaData) {
        ActorAuthority.of(metaData).requireActingFor(grantingNation, "clearance denial");
        requirePending();
        apply(new ClearanceDenied(clearanceId, coalitionId, userNation, grantingNation, kind,
                ClearanceStatus.DENIED, command.reason()));
    }

    @CommandHandler
    void handle(ExpireClearance command, MetaData metaData) {
        Parties.requirePlannerOfEither(ActorAuthority.of(metaData), userNation, grantingNation,
                "the expiry of a clearance");
        requireNotEnded();
        if (status != ClearanceStatus.GRANTED && status != ClearanceStatus.SUSPENDED || validUntil == null) {
            throw new RuleViolation("only-granted-clearances-expire", "clearance " + clearanceId + " is " + status);
        }
        Instant when = DecisionTime.recorded(); // not a future effective time: it must not expire early
        if (when.isBefore(validUntil)) {
            throw new RuleViolation("a-clearance-expires-at-its-end", "clearance " + clearanceId + " is valid until "
                    + validUntil + "; it cannot expire at " + when);
        }
        apply(new ClearanceExpired(clearanceId, coalitionId, userNation, grantingNation, kind,
                ClearanceStatus.EXPIRED));
    }

    @CommandHandler
    void handle(SuspendClearance command) {
        if (status != ClearanceStatus.REQUESTED && status != ClearanceStatus.GRANTED) {
            return; // a cascade: already suspended or ended is nothing to do
        }
        apply(new ClearanceSuspended(clearanceId, coalitionId, userNation, grantingNation, kind,
                ClearanceStatus.SUSPENDED, command.cause()));
    }

    @CommandHandler
    void handle(ReinstateClearance command, MetaData metaData, CoalitionRoster roster) {
        ActorAuthority.of(metaData).requireActingFor(grantingNation, "clearance reinstatement");
        requireNotEnded();
        if (status != ClearanceStatus.SUSPENDED) {
            throw new RuleViolation("only-suspended-clearances-are-reinstated", "clearance " + clearanceId + " is "
                    + status);
        }
        if (CoalitionCheck.outOfTheCoalition(roster, coalitionId, grantingNation)) {
            throw new RuleViolation("a-reinstated-grantor-stands-in-the-coalition", grantingNation + " stands as "
                    + roster.standing(coalitionId, grantingNation) + "; ask it for a new clearance instead");
        }
        apply(new ClearanceReinstated(clearanceId, coalitionId, userNation, grantingNation, kind, beforeSuspension));
    }

    @CommandHandler
    void handle(CloseClearance command) {
        if (status.isEnded()) {
            return; // denied, expired or closed already: the dissolution has nothing to add
        }
        apply(new ClearanceClosed(clearanceId, coalitionId, userNation, grantingNation, kind,
                ClearanceStatus.CLOSED, command.cause()));
    }

    private void requirePending() {
        requireNotEnded();
        if (status != ClearanceStatus.REQUESTED) {
            throw new RuleViolation("only-pending-clearances-are-decided", "clearance " + clearanceId + " is "
                    + status);
        }
    }

    private void requireNotEnded() {
        if (status.isEnded()) {
            throw new RuleViolation("ended-clearances-stay-ended", "clearance " + clearanceId + " is " + status);
        }
    }

    @EventSourcingHandler
    void on(ClearanceRequested event, MetaData metaData, @Timestamp Instant recordedAt) {
        beganAt = DecisionTime.of(metaData, recordedAt);
        clearanceId = event.clearanceId();
        coalitionId = event.coalitionId();
        exerciseId = ExerciseBoundary.of(metaData);
        userNation = event.userNation();
        grantingNation = event.grantingNation();
        kind = event.kind();
        firstUseAt = event.firstUseAt();
        status = event.status();
    }

    @EventSourcingHandler
    void on(ClearanceGranted event, @MessageIdentifier String eventId) {
        grantedBy = eventId;
        validUntil = event.validUntil();
        status = event.status();
    }

    @EventSourcingHandler
    void on(ClearanceSuspended event) {
        beforeSuspension = status;
        status = event.status();
    }

    @EventSourcingHandler
    void on(ClearanceEvent event) {
        status = event.status();
    }

    /**
     * An event of another kind of record, found because a command named that record's id: the aggregate takes the id
     * (Axon requires one) and is marked foreign, so that every command on it is answered as unknown (404).
     */
    @EventSourcingHandler
    void onForeign(Object event, DomainEventMessage<?> message) {
        if (event instanceof ClearanceEvent own) {
            on(own); // Axon ranks this catch-all above the interface's handler
            return;
        }
        if (clearanceId == null) {
            clearanceId = message.getAggregateIdentifier();
            foreign = true;
        }
    }
}
