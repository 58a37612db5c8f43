package org.entente.basing.agreement;

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
import org.entente.basing.theatre.Activity;
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
import org.entente.platform.roster.Standing;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A basing agreement between a coalition and a host nation for one site: what the coalition may do there, for how
 * many people and aircraft, and for how long. Its life cycle is the {@link AgreementLifecycle} table; every event
 * carries the agreement's full current view.
 *
 * <p>Who decides: the coalition's council asks for a base and closes the agreement; the host nation decides about its
 * territory (restricts, suspends, reinstates, revokes); each stage takes effect once both parties have signed it, each
 * by its own signatory (the host nation's planner, the coalition's council); a renewal is agreed by both, so either
 * party records it, as it does a lapse at the end of the validity ({@link Parties#requireHostOrCouncil}).
 */
@Aggregate(cache = "agreementCache", commandTargetResolver = CommandTargets.BY_VERSION)
public class BasingAgreement {

    /** The partner roles in which a non-member hosts bases. */
    static final Set<String> HOSTING_PARTNER_ROLES = Set.of("HOST_NATION", "TRANSIT_STATE");

    @AggregateIdentifier
    private String agreementId;
    /** The id names another kind of record: its history holds none of this aggregate's events. */
    private boolean foreign;
    private String coalitionId;
    private String exerciseId;
    /** When the record began: its first event's effective time. */
    private Instant beganAt;
    private String hostNation;
    private String site;
    private AgreementStatus status;
    private AgreementStatus beforeSuspension;
    private List<Activity> permitted;
    private Instant validFrom;
    private Instant validUntil;
    /** The event that set {@link #validUntil}, the cause of the agreement's expiry. */
    private String validitySetBy;
    /** The stage one party has signed and the other not yet; null when no signature is pending. */
    private AgreementStage signing;
    /** Who signed {@link #signing} so far: party → actor id. Cleared by every other event (a suspension too). */
    private final Map<SigningParty, String> signatures = new EnumMap<>(SigningParty.class);

    BasingAgreement() {
        // for Axon
    }

    @CommandHandler
    BasingAgreement(RequestBasingAgreement command, MetaData metaData, CoalitionRoster roster, Deadlines deadlines,
                    DeadlineManager deadlineManager) {
        ActorAuthority.of(metaData).requireCouncilOf(command.coalitionId(), "asking a host nation for a base");
        CoalitionCheck.requireOpen(roster, command.coalitionId(), metaData);
        Standing standing = roster.standing(command.coalitionId(), command.hostNation());
        HostStanding host = switch (standing) {
            case ACTIVE_MEMBER -> HostStanding.ACTIVE_MEMBER;
            case PARTNER -> HostStanding.PARTNER;
            default -> throw new RuleViolation("hosts-are-members-or-partners", command.hostNation() + " stands as "
                    + standing + " in coalition " + command.coalitionId()
                    + "; a host must be an active member or an associated partner");
        };
        String partnerRole = host == HostStanding.PARTNER
                ? roster.partnerRole(command.coalitionId(), command.hostNation()).orElse(null) : null;
        if (host == HostStanding.PARTNER && !HOSTING_PARTNER_ROLES.contains(partnerRole)) {
            throw new RuleViolation("partner-hosts-are-host-nations-or-transit-states", command.hostNation()
                    + " is a partner of coalition " + command.coalitionId() + " as " + partnerRole
                    + "; only a partner associated as one of " + HOSTING_PARTNER_ROLES + " hosts a base");
        }
        apply(new BasingAgreementRequested(command.agreementId(), command.coalitionId(), command.hostNation(),
                command.site(), AgreementStatus.REQUESTED, ordered(command.permittedActivities()),
                command.validUntil(), command.validFrom(), command.personnelCapacity(),
                command.aircraftParkingCapacity(), host, partnerRole));
        scheduleEnd(command.agreementId(), command.validUntil(), deadlines, deadlineManager);
    }

    private static void scheduleEnd(String agreementId, Instant validUntil, Deadlines deadlines,
                                    DeadlineManager deadlineManager) {
        deadlines.schedule(deadlineManager, BasingAgreement.class, agreementId, AgreementEnd.DEADLINE, validUntil,
                new AgreementEnd(agreementId, validUntil), "the agreement reached the end of its validity",
                "agreement valid until " + validUntil);
    }

    /**
     * The end of the validity came: an agreement in force (or suspended while in force) expires. Records nothing when
     * that is no longer its end (renewed), or when it never entered into force or has ended already.
     */
    @DeadlineHandler(deadlineName = AgreementEnd.DEADLINE)
    void on(AgreementEnd due) {
        if (foreign || status == null || status.isEnded() || !due.validUntil().equals(validUntil)
                || !AgreementLifecycle.allows(status, AgreementAction.EXPIRE)
                || status == AgreementStatus.SUSPENDED && beforeSuspension != AgreementStatus.IN_FORCE) {
            return;
        }
        apply(new BasingAgreementExpired(agreementId, coalitionId, hostNation, site, next(AgreementAction.EXPIRE),
                permitted, validUntil, validFrom), MetaData.with(DecisionMetadata.CAUSATION_ID, validitySetBy));
    }

    /** Runs before every command on an existing agreement. */
    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (foreign) {
            throw new UnknownEntity("no basing agreement is known by that id"); // it names another kind of record
        }
        ExerciseBoundary.check(exerciseId, command.getMetaData(), "agreement " + agreementId);
        DecisionTime.requireWithinRecord(beganAt, command.getMetaData(), "agreement " + agreementId);
        return chain.proceed();
    }

    /**
     * A signature of the agreement's next stage, by the host nation (its planner) or the coalition (its council). The
     * first records {@link BasingAgreementStageSigned}; the stage takes effect ({@link BasingAgreementAdvanced}) with
     * the other party's signature, given by another person. An actor who is both host planner and council signs for
     * the party that has not signed yet (the host nation first).
     */
    @CommandHandler
    void handle(AdvanceBasingAgreement command, MetaData metaData) {
        ActorAuthority actor = ActorAuthority.of(metaData);
        Parties.requireHostOrCouncilInPerson(actor, hostNation, coalitionId, "signing a stage of a basing agreement");
        AgreementStatus next = next(command.stage().action());
        Instant now = DecisionTime.recorded();
        if (next == AgreementStatus.IN_FORCE && !now.isBefore(validUntil)) {
            throw new RuleViolation("an-agreement-enters-into-force-before-its-end", "agreement " + agreementId
                    + " ran until " + validUntil + "; it cannot enter into force at " + now + " (renegotiate it)");
        }
        Map<SigningParty, String> signed = command.stage() == signing ? signatures : Map.of();
        Set<SigningParty> parties = EnumSet.noneOf(SigningParty.class);
        if (Parties.isPlannerOf(actor, hostNation)) {
            parties.add(SigningParty.HOST_NATION);
        }
        if (actor.isCouncilOf(coalitionId)) {
            parties.add(SigningParty.COALITION);
        }
        SigningParty party = parties.stream().filter(p -> !signed.containsKey(p)).findFirst()
                .orElseThrow(() -> new RuleViolation("each-party-signs-once", parties.iterator().next()
                        + " signed " + command.stage() + " of agreement " + agreementId + " already; "
                        + (parties.size() == 1 ? "the other party signs it now" : "both parties have")));
        if (signed.isEmpty()) {
            apply(new BasingAgreementStageSigned(agreementId, coalitionId, hostNation, site, status, permitted,
                    validUntil, validFrom, command.stage(), party));
            return;
        }
        String actorId = actorId(metaData);
        if (actorId != null && signed.containsValue(actorId)) {
            throw new RuleViolation("two-signatories-sign", actorId + " signed " + command.stage() + " of agreement "
                    + agreementId + " for " + signed.keySet().iterator().next() + " already; " + party
                    + " signs it by another person");
        }
        apply(new BasingAgreementAdvanced(agreementId, coalitionId, hostNation, site, next, permitted, validUntil,
                validFrom, command.stage()));
    }

    private static String actorId(MetaData metaData) {
        Object actor = metaData.get(DecisionMetadata.ACTOR);
        return actor == null ? null : actor.toString();
    }

    @CommandHandler
    void handle(RestrictBasingAgreement command, MetaData metaData) {
        ActorAuthority.of(metaData).requireActingFor(hostNation, "restriction of a base");
        AgreementStatus next = next(AgreementAction.RESTRICT);
        List<Activity> remaining = ordered(command.permittedActivities());
        List<Activity> added = remaining.stream().filter(a -> !permitted.contains(a)).toList();
        if (!added.isEmpty()) {
            throw new RuleViolation("a-restriction-only-removes-activities", "agreement " + agreementId
                    + " does not permit " + added + "; a restriction cannot add activities");
        }
        List<Activity> removed = permitted.stream().filter(a -> !remaining.contains(a)).toList();
        if (removed.isEmpty()) {
            throw new RuleViolation("a-restriction-removes-activities", "agreement " + agreementId
                    + " already permits exactly " + permitted);
        }
        apply(new BasingAgreementRestricted(agreementId, coalitionId, hostNation, site, next, remaining, validUntil,
                validFrom, removed, command.reason()));
    }

    @CommandHandler
    void handle(SuspendBasingAgreement command, MetaData metaData) {
        ActorAuthority.of(metaData).requireActingFor(hostNation, "suspension of a base"); // or a membership cascade
        if (command.cause().isCascade() && !AgreementLifecycle.allows(status, AgreementAction.SUSPEND)) {
            return; // already suspended, lapsed or ended: nothing left to suspend
        }
        AgreementStatus next = next(AgreementAction.SUSPEND);
        apply(new BasingAgreementSuspended(agreementId, coalitionId, hostNation, site, next, permitted, validUntil,
                validFrom, command.cause(), command.reason()));
    }

    @CommandHandler
    void handle(ReinstateBasingAgreement command, MetaData metaData, CoalitionRoster roster) {
        // the host consents again, whoever suspended: its territory, its decision
        ActorAuthority.of(metaData).requireActingFor(hostNation, "reinstatement of a base");
        AgreementStatus next = next(AgreementAction.REINSTATE);
        if (CoalitionCheck.outOfTheCoalition(roster, coalitionId, hostNation)) {
            throw new RuleViolation("a-reinstated-host-stands-in-the-coalition", hostNation + " stands as "
                    + roster.standing(coalitionId, hostNation) + " in coalition " + coalitionId
                    + "; its agreements stay suspended");
        }
        apply(new BasingAgreementReinstated(agreementId, coalitionId, hostNation, site, next, permitted, validUntil,
                validFrom));
    }

    @CommandHandler
    void handle(RenewBasingAgreement command, MetaData metaData, CoalitionRoster roster, Deadlines deadlines,
                DeadlineManager deadlineManager) {
        Parties.requireHostOrCouncil(ActorAuthority.of(metaData), hostNation, coalitionId,
                "renewing a basing agreement");
        AgreementStatus next = next(AgreementAction.RENEW);
        if (CoalitionCheck.outOfTheCoalition(roster, coalitionId, hostNation)) {
            throw new RuleViolation("a-renewed-host-stands-in-the-coalition", hostNation + " stands as "
                    + roster.standing(coalitionId, hostNation) + " in coalition " + coalitionId
                    + "; its agreements are not renewed");
        }
        if (!command.validUntil().isAfter(validUntil)) {
            throw new RuleViolation("a-renewal-moves-the-end-later", "agreement " + agreementId + " runs until "
                    + validUntil + "; a renewal must end later than that, not " + command.validUntil());
        }
        apply(new BasingAgreementRenewed(agreementId, coalitionId, hostNation, site, next, permitted,
                command.validUntil(), validFrom, validUntil));
        scheduleEnd(agreementId, command.validUntil(), deadlines, deadlineManager);
    }

    @CommandHandler
    void handle(ExpireBasingAgreement command, MetaData metaData) {
        Parties.requireHostOrCouncil(ActorAuthority.of(metaData), hostNation, coalitionId,
                "the expiry of a basing agreement");
        AgreementStatus next = next(AgreementAction.EXPIRE);
        // when it is recorded, not the effective time a decision claims: a future date must not expire it early
        Instant when = DecisionTime.recorded();
        if (when.isBefore(validUntil)) {
            throw new RuleViolation("an-agreement-expires-at-its-end", "agreement " + agreementId + " runs until "
                    + validUntil + "; it cannot expire at " + when + " (revoke it instead)");
        }
        apply(new BasingAgreementExpired(agreementId, coalitionId, hostNation, site, next, permitted, validUntil,
                validFrom));
    }

    @CommandHandler
    void handle(RevokeBasingAgreement command, MetaData metaData) {
        ActorAuthority.of(metaData).requireActingFor(hostNation, "revocation of a base");
        AgreementStatus next = next(AgreementAction.REVOKE);
        apply(new BasingAgreementRevoked(agreementId, coalitionId, hostNation, site, next, permitted, validUntil,
                validFrom, command.reason()));
    }

    @CommandHandler
    void handle(CloseBasingAgreement command, MetaData metaData) {
        // or the coalition's dissolution, as a reaction
        ActorAuthority.of(metaData).requireCouncilOf(coalitionId, "closing a basing agreement");
        if (command.cause() == ClosureCause.COALITION_DISSOLVED && status.isEnded()) {
            return; // revoked or closed already: the dissolution has nothing to add
        }
        AgreementStatus next = next(AgreementAction.CLOSE);
        apply(new BasingAgreementClosed(agreementId, coalitionId, hostNation, site, next, permitted, validUntil,
                validFrom, command.cause()));
    }

    private AgreementStatus next(AgreementAction action) {
        return AgreementLifecycle.next(agreementId, status, action, beforeSuspension);
    }

    /** Activities in the vocabulary's order, each once, so that equal sets read and compare equal. */
    private static List<Activity> ordered(List<Activity> activities) {
        Set<Activity> set = activities.isEmpty() ? EnumSet.noneOf(Activity.class) : EnumSet.copyOf(activities);
        return List.copyOf(set);
    }

    @EventSourcingHandler
    void on(BasingAgreementRequested event, MetaData metaData, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        beganAt = DecisionTime.of(metaData, recordedAt);
        validitySetBy = eventId;
        agreementId = event.agreementId();
        coalitionId = event.coalitionId();
        exerciseId = ExerciseBoundary.of(metaData);
        hostNation = event.hostNation();
        site = event.site();
        on((AgreementEvent) event);
    }

    @EventSourcingHandler
    void on(BasingAgreementRenewed event, @MessageIdentifier String eventId) {
        validitySetBy = eventId;
        on((AgreementEvent) event);
    }

    @EventSourcingHandler
    void on(BasingAgreementSuspended event) {
        beforeSuspension = status;
        on((AgreementEvent) event);
    }

    /** A first signature: the stage awaits the other party's. */
    @EventSourcingHandler
    void on(BasingAgreementStageSigned event, MetaData metaData) {
        if (event.stage() != signing) {
            signatures.clear();
            signing = event.stage();
        }
        signatures.put(event.party(), actorId(metaData));
        view(event);
    }

    /**
     * Every other event: the view it carries is the agreement's state, and a signature pending is void (the stage
     * took effect, or the agreement was suspended or ended: after a reinstatement both parties sign again).
     */
    @EventSourcingHandler
    void on(AgreementEvent event) {
        signing = null;
        signatures.clear();
        view(event);
    }

    private void view(AgreementEvent event) {
        status = event.status();
        permitted = event.permittedActivities();
        validUntil = event.validUntil();
        if (event.validFrom() != null) {
            validFrom = event.validFrom(); // events recorded before they carried it leave the requested one
        }
    }

    /**
     * An event of another kind of record, found because a command named that record's id: the aggregate takes the id
     * (Axon requires one) and is marked foreign, so that every command on it is answered as unknown (404).
     */
    @EventSourcingHandler
    void onForeign(Object event, DomainEventMessage<?> message) {
        if (event instanceof BasingAgreementStageSigned signature) {
            on(signature, message.getMetaData()); // in case Axon ranks this catch-all above it too
            return;
        }
        if (event instanceof AgreementEvent own) {
            on(own); // Axon ranks this catch-all above the interface's handler
            return;
        }
        if (agreementId == null) {
            agreementId = message.getAggregateIdentifier();
            foreign = true;
        }
    }
}
