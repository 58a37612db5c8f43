package org.entente.basing.sustainment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.entente.basing.theatre.Activity;
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.decision.DecisionTime;
import org.entente.platform.domain.CommandTargets;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.domain.UnknownEntity;
import org.entente.platform.exercise.ExerciseBoundary;
import org.entente.platform.roster.CoalitionCheck;
import org.entente.platform.roster.CoalitionRoster;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A force's request for supplies of one class: what it needs by when, through which base and along which route, and
 * what arrived. It stays open until fulfilled or closed; a shortfall is flagged by logisticians, or again when the base
 * it goes through (named, or the one its route runs via) stops permitting logistics.
 *
 * <p>Who decides: the force's nation asks and cancels, for its own forces only; what arrived and what falls short is
 * recorded by the providing side, the coalition's logistics chain: a commander serving the request's coalition (the
 * token's {@code coalitions} claim scopes the command role as it does the council's).
 */
@Aggregate(cache = "sustainmentCache", commandTargetResolver = CommandTargets.BY_VERSION)
public class SustainmentRequest {

    @AggregateIdentifier
    private String requestId;
    /** The id names another kind of record: its history holds none of this aggregate's events. */
    private boolean foreign;
    private String coalitionId;
    private String exerciseId;
    /** When the record began: its first event's effective time. */
    private Instant beganAt;
    /** The nation whose force asked: it alone cancels. */
    private String nation;
    private String agreementId;
    /** The route it goes along; a re-flag for the base that route runs via concerns it too. */
    private String routeId;
    private BigDecimal quantity;
    private String unit;
    private BigDecimal delivered = BigDecimal.ZERO;
    private SustainmentStatus status;
    /**
     * The agreement of the last re-flag (named by the request or its route's base), until something reopens the
     * request (a delivery, a shortfall flagged).
     */
    private String reflaggedFor;

    SustainmentRequest() {
        // for Axon
    }

    @CommandHandler
    SustainmentRequest(RequestSustainment command, MetaData metaData, CoalitionRoster roster,
                       SustainmentRouting routing) {
        ActorAuthority.of(metaData).requireActingFor(command.nation(), "sustainment request");
        CoalitionCheck.requireOpen(roster, command.coalitionId(), metaData);
        CoalitionCheck.requireActiveMember(roster, command.coalitionId(), command.nation(),
                "only-active-members-draw-sustainment", "draw sustainment");
        if (command.agreementId() != null) {
            SustainmentRouting.Base base = routing.throughBase(command.agreementId())
                    .filter(b -> b.coalitionId().equals(command.coalitionId()))
                    .orElseThrow(() -> new RuleViolation("sustainment-goes-through-bases-of-the-coalition",
                            "coalition " + command.coalitionId() + " has no basing agreement "
                                    + command.agreementId()));
            if (!base.inForce() || !base.permitted().contains(Activity.LOGISTICS)) {
                throw new RuleViolation("the-base-permits-logistics", "the agreement for " + base.site()
                        + (base.inForce() ? " does not permit LOGISTICS" : " is not in force"));
            }
            Instant now = DecisionTime.recorded();
            if (!base.validAt(now)) {
                throw new RuleViolation("the-base-agreement-is-valid", "the agreement for " + base.site()
                        + " runs from " + base.validFrom() + " until " + base.validUntil() + ", not at " + now);
            }
        }
        if (command.routeId() != null) {
            SustainmentRouting.Route route = routing.alongRoute(command.routeId())
                    .filter(r -> r.coalitionId().equals(command.coalitionId()))
                    .orElseThrow(() -> new RuleViolation("sustainment-goes-along-routes-of-the-coalition",
                            "coalition " + command.coalitionId() + " has no supply route " + command.routeId()));
            if (route.closed()) {
                throw new RuleViolation("the-route-is-not-closed", "route " + route.name() + " is closed");
            }
            if (route.agreementId() != null) {
                requireTheRouteBasePermitsLogistics(route, routing.throughBase(route.agreementId()));
            }
        }
        apply(new SustainmentRequested(command.requestId(), command.coalitionId(), command.forceId(),
                command.nation(), command.supplyClass(), command.quantity(), command.unit(), command.needBy(),
                command.agreementId(), command.routeId(), SustainmentStatus.REQUESTED));
    }

    /**
     * A route via a base carries sustainment only while that base permits logistics now: in force, listing LOGISTICS,
     * within its validity. Suspended, revoked, expired, closed or restricted away from logistics, it does not; once
     * reinstated, it does again.
     */
    private static void requireTheRouteBasePermitsLogistics(SustainmentRouting.Route route,
                                                            Optional<SustainmentRouting.Base> found) {
        SustainmentRouting.Base base = found.orElseThrow(() -> new RuleViolation("the-route-base-permits-logistics",
                "route " + route.name() + " runs via basing agreement " + route.agreementId() + ", which is unknown"));
        Instant now = DecisionTime.recorded();
        String why = !base.inForce() ? "is not in force"
                : !base.permitted().contains(Activity.LOGISTICS) ? "does not permit LOGISTICS"
                : !base.validAt(now)
                ? "runs from " + base.validFrom() + " until " + base.validUntil() + ", not at " + now
                : null;
        if (why != null) {
            throw new RuleViolation("the-route-base-permits-logistics", "route " + route.name() + " runs via "
                    + base.site() + ", whose agreement " + why);
        }
    }

    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (foreign) {
            throw new UnknownEntity("no sustainment request is known by that id"); // it names another kind of record
        }
        ExerciseBoundary.check(exerciseId, command.getMetaData(), "sustainment request " + requestId);
        DecisionTime.requireWithinRecord(beganAt, command.getMetaData(), "sustainment request " + requestId);
        return chain.proceed();
    }

    @CommandHandler
    void handle(RecordSupplyDelivery command, MetaData metaData) {
        ActorAuthority.of(metaData).requireCommanderOf(coalitionId, "recording a sustainment delivery");
        requireOpen("only-open-requests-receive-supplies");
        if (!command.unit().equals(unit)) {
            throw new RuleViolation("deliveries-in-the-request-unit", "request " + requestId + " is counted in "
                    + unit + ", not " + command.unit() + "; quantities are never converted");
        }
        BigDecimal total = delivered.add(command.quantity());
        SustainmentStatus next = total.compareTo(quantity) >= 0
                ? SustainmentStatus.FULFILLED : SustainmentStatus.PARTLY_FULFILLED;
        apply(new SustainmentDelivered(requestId, coalitionId, command.deliveryId(), command.quantity(), total, next));
    }

    @CommandHandler
    void handle(FlagShortfall command, MetaData metaData) {
        ActorAuthority.of(metaData).requireCommanderOf(coalitionId, "flagging a sustainment shortfall");
        requireOpen("only-open-requests-are-flagged");
        apply(new SustainmentShortfallFlagged(requestId, coalitionId, command.reason(), quantity.subtract(delivered),
                SustainmentStatus.SHORTFALL));
    }

    @CommandHandler
    void handle(ReflagSustainment command) {
        boolean throughTheBase = command.agreementId().equals(agreementId)
                || command.routeId() != null && command.routeId().equals(routeId);
        if (!status.isOpen() || !throughTheBase) {
            return; // a cascade: a fulfilled or closed request, or another base's or route's, has nothing to re-flag
        }
        if (command.agreementId().equals(reflaggedFor)) {
            return; // re-flagged for this base already (suspended, then revoked): once is enough
        }
        apply(new SustainmentReflagged(requestId, coalitionId, command.agreementId(), command.cause(),
                SustainmentStatus.SHORTFALL));
    }

    @CommandHandler
    void handle(CloseSustainmentRequest command, MetaData metaData) {
        // a cancellation is the nation's; a closure by the coalition's dissolution comes as a reaction
        ActorAuthority.of(metaData).requireActingFor(nation, "sustainment cancellation");
        if (command.cause() == SustainmentClosureCause.COALITION_DISSOLVED && !status.isOpen()) {
            return; // fulfilled or closed already: the dissolution has nothing to add
        }
        requireOpen("only-open-requests-are-cancelled");
        apply(new SustainmentClosed(requestId, coalitionId, command.cause(), command.reason(),
                SustainmentStatus.CLOSED));
    }

    private void requireOpen(String rule) {
        if (!status.isOpen()) {
            throw new RuleViolation(rule, "request " + requestId + " is " + status);
        }
    }

    @EventSourcingHandler
    void on(SustainmentRequested event, MetaData metaData, @Timestamp Instant recordedAt) {
        beganAt = DecisionTime.of(metaData, recordedAt);
        requestId = event.requestId();
        coalitionId = event.coalitionId();
        exerciseId = ExerciseBoundary.of(metaData);
        nation = event.nation();
        agreementId = event.agreementId();
        routeId = event.routeId();
        quantity = event.quantity();
        unit = event.unit();
        status = event.status();
    }

    @EventSourcingHandler
    void on(SustainmentDelivered event) {
        reflaggedFor = null;
        delivered = event.deliveredTotal();
        status = event.status();
    }

    @EventSourcingHandler
    void on(SustainmentShortfallFlagged event) {
        reflaggedFor = null;
        status = event.status();
    }

    @EventSourcingHandler
    void on(SustainmentReflagged event) {
        reflaggedFor = event.agreementId();
        status = event.status();
    }

    @EventSourcingHandler
    void on(SustainmentClosed event) {
        status = event.status();
    }

    /**
     * An event of another kind of record, found because a command named that record's id: the aggregate takes the id
     * (Axon requires one) and is marked foreign, so that every command on it is answered as unknown (404).
     */
    @EventSourcingHandler
    void onForeign(Object event, DomainEventMessage<?> message) {
        if (requestId == null) {
            requestId = message.getAggregateIdentifier();
            foreign = true;
        }
    }
}
