package org.entente.basing.route;

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
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.decision.DecisionTime;
import org.entente.platform.domain.CommandTargets;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.domain.UnknownEntity;
import org.entente.platform.exercise.ExerciseBoundary;
import org.entente.platform.roster.CoalitionCheck;
import org.entente.platform.roster.CoalitionRoster;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A supply route of a coalition: one link between two nodes, by one mode, with a daily capacity, open, contested or
 * closed as the situation changes; optionally through the site of one of the coalition's basing agreements.
 *
 * <p>Who decides: the coalition's commanders, a commander serving the route's coalition only (the token's
 * {@code coalitions} claim scopes the command role as it does the council's); the coalition's dissolution retires the
 * route as a reaction.
 */
@Aggregate(cache = "routeCache", commandTargetResolver = CommandTargets.BY_VERSION)
public class SupplyRoute {

    @AggregateIdentifier
    private String routeId;
    /** The id names another kind of record: its history holds none of this aggregate's events. */
    private boolean foreign;
    private String coalitionId;
    private String exerciseId;
    /** When the record began: its first event's effective time. */
    private Instant beganAt;
    private RouteStatus status;
    private boolean retired;

    SupplyRoute() {
        // for Axon
    }

    @CommandHandler
    SupplyRoute(OpenSupplyRoute command, MetaData metaData, CoalitionRoster roster, RouteBases bases) {
        ActorAuthority.of(metaData).requireCommanderOf(command.coalitionId(), "recording a supply route");
        CoalitionCheck.requireOpen(roster, command.coalitionId(), metaData);
        if (command.agreementId() != null) {
            RouteBases.Base base = bases.viaBase(command.agreementId())
                    .filter(b -> b.coalitionId().equals(command.coalitionId()))
                    .orElseThrow(() -> new RuleViolation("routes-run-via-bases-of-the-coalition", "coalition "
                            + command.coalitionId() + " has no basing agreement " + command.agreementId()));
            if (base.ended()) {
                throw new RuleViolation("routes-run-via-bases-of-the-coalition", "the basing agreement for "
                        + base.site() + " is revoked or closed");
            }
        }
        apply(new SupplyRouteOpened(command.routeId(), command.coalitionId(), command.name(), command.origin(),
                command.destination(), command.mode(), command.dailyCapacityTonnes(), command.status(),
                command.agreementId()));
    }

    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (foreign) {
            throw new UnknownEntity("no supply route is known by that id"); // it names another kind of record
        }
        ExerciseBoundary.check(exerciseId, command.getMetaData(), "route " + routeId);
        DecisionTime.requireWithinRecord(beganAt, command.getMetaData(), "route " + routeId);
        return chain.proceed();
    }

    @CommandHandler
    void handle(ChangeRouteStatus command, MetaData metaData) {
        ActorAuthority.of(metaData).requireCommanderOf(coalitionId, "changing a supply route's status");
        requireNotRetired();
        if (command.status() == status) {
            throw new RuleViolation("route-status-must-change", "route " + routeId + " is " + status + " already");
        }
        apply(new SupplyRouteStatusChanged(routeId, coalitionId, command.status(), status, command.reason()));
    }

    @CommandHandler
    void handle(RetireSupplyRoute command) {
        if (retired) {
            return; // a cascade: nothing left to retire
        }
        apply(new SupplyRouteRetired(routeId, coalitionId, RouteStatus.CLOSED, command.cause()));
    }

    private void requireNotRetired() {
        if (retired) {
            throw new RuleViolation("retired-routes-stay-closed", "route " + routeId + " was retired");
        }
    }

    @EventSourcingHandler
    void on(SupplyRouteOpened event, MetaData metaData, @Timestamp Instant recordedAt) {
        beganAt = DecisionTime.of(metaData, recordedAt);
        routeId = event.routeId();
        coalitionId = event.coalitionId();
        exerciseId = ExerciseBoundary.of(metaData);
        status = event.status();
    }

    @EventSourcingHandler
    void on(SupplyRouteStatusChanged event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(SupplyRouteRetired event) {
        status = event.status();
        retired = true;
    }

    /**
     * An event of another kind of record, found because a command named that record's id: the aggregate takes the id
     * (Axon requires one) and is marked foreign, so that every command on it is answered as unknown (404).
     */
    @EventSourcingHandler
    void onForeign(Object event, DomainEventMessage<?> message) {
        if (routeId == null) {
            routeId = message.getAggregateIdentifier();
            foreign = true;
        }
    }
}
