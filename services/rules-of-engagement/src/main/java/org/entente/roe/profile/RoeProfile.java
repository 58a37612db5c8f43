package org.entente.roe.profile;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.decision.DecisionTime;
import org.entente.platform.domain.CommandTargets;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.exercise.ExerciseBoundary;
import org.entente.platform.roster.CoalitionCheck;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.KnownCoalition;
import org.entente.roe.reference.Compendium;
import org.entente.roe.reference.Measure;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The rules of engagement of one operation (aggregate id = the operation id): which compendium measures were asked
 * for, by whom, and which the authority authorised, implemented or cancelled. Restrictive by construction: a measure
 * permits nothing until it is authorised. A mandate expansion puts the whole profile under review until the authority
 * re-authorises it; the operation's end, or its coalition's, closes it.
 */
@Aggregate(snapshotTriggerDefinition = "profileSnapshotTrigger", cache = "aggregateCache",
        commandTargetResolver = CommandTargets.BY_VERSION)
public class RoeProfile {

    @AggregateIdentifier
    private String operationId;
    private String coalitionId;
    private String exerciseId;
    /** When the record began: its first event's effective time. */
    private Instant beganAt;
    private ProfileStatus status;
    /** Mandate amendments not yet answered by a re-authorisation. */
    private Set<String> amendmentsUnderReview = new LinkedHashSet<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, MeasureEntry> measures = new LinkedHashMap<>();

    RoeProfile() {
        // for Axon
    }

    /** Runs before every command of the profile and its measures. */
    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (operationId != null && !(command.getPayload() instanceof EstablishProfile)) {
            ExerciseBoundary.check(exerciseId, command.getMetaData(), "the ROE profile of operation " + operationId);
            DecisionTime.requireWithinRecord(beganAt, command.getMetaData(), "the ROE profile of operation " + operationId);
            if (status == ProfileStatus.CLOSED && !(command.getPayload() instanceof Cascade)) {
                throw new RuleViolation("closed-profiles-are-closed", "the ROE profile of operation " + operationId
                        + " is closed");
            }
        }
        return chain.proceed();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EstablishProfile command, MetaData metaData, OperationDirectory operations,
                CoalitionRoster roster) {
        // a commander serving the operation's coalition (the profile's, once established; else the operation's as
        // learned from command-structure), before any rule; an operation unknown here has no coalition to check
        Optional<KnownOperation> known = operations.operation(command.operationId());
        String coalitionOfTheOperation = operationId != null ? coalitionId
                : known.map(KnownOperation::coalitionId).orElse(null);
        if (coalitionOfTheOperation != null) {
            ActorAuthority.of(metaData).requireCommanderOf(coalitionOfTheOperation,
                    "establishing the ROE profile of operation " + command.operationId());
        }
        if (operationId != null) {
            throw new RuleViolation("a-profile-is-established-once", "operation " + operationId
                    + " has its ROE profile already");
        }
        KnownOperation operation = known.orElseThrow(() -> new RuleViolation(
                "the-operation-must-be-known", "no operation " + command.operationId() + " has been established on "
                + "the command-structure topic (yet)"));
        if (operation.closed()) {
            throw new RuleViolation("closed-operations-take-no-profile", "operation " + operation.operationId()
                    + " is closed");
        }
        KnownCoalition coalition = CoalitionCheck.requireOpen(roster, operation.coalitionId(), metaData);
        apply(new RoeProfileEstablished(command.operationId(), operation.coalitionId(), coalition.exerciseId()));
    }

    @CommandHandler
    void handle(RequestMeasure command, MetaData metaData, CoalitionRoster roster) {
        // a commander serving the profile's coalition, and a request is put on record as the nation's: the commander
        // raising it speaks for his own nation only
        ActorAuthority actor = ActorAuthority.of(metaData);
        actor.requireCommanderOf(coalitionId, "raising a measure request in the ROE profile of operation "
                + operationId);
        actor.requireActingFor(command.nation(), "measure request");
        Measure measure = Compendium.measure(command.measureCode()).orElseThrow(() -> new RuleViolation(
                "measures-come-from-the-compendium", "the compendium has no measure " + command.measureCode()));
        ParameterRule.check(measure, command.parameter());
        CoalitionCheck.requireActiveMember(roster, coalitionId, command.nation(),
                "only-active-members-request-measures", "request measures");
        measures.values().stream()
                .filter(entry -> entry.status().open() && entry.measureCode().equals(command.measureCode())
                        && Objects.equals(entry.parameter(), command.parameter()))
                .findFirst().ifPresent(entry -> {
                    throw new RuleViolation("measures-are-requested-once", "measure " + command.measureCode()
                            + (command.parameter() == null ? "" : " (" + command.parameter() + ")") + " is "
                            + entry.status() + " already as " + entry.requestId());
                });
        apply(new MeasureRequested(operationId, coalitionId, command.requestId(), command.measureCode(),
                command.parameter(), command.nation(), command.commander()));
    }

    @CommandHandler
    void handle(ReauthoriseProfile command, MetaData metaData) {
        ActorAuthority.of(metaData).requireCouncilOf(coalitionId, "re-authorising the ROE profile of operation "
                + operationId);
        if (amendmentsUnderReview.isEmpty()) {
            throw new RuleViolation("only-flagged-profiles-are-reauthorised", "the ROE profile of operation "
                    + operationId + " is not under review");
        }
        apply(new RoeProfileReauthorised(operationId, coalitionId));
    }

    @CommandHandler
    void handle(CloseMeasureRequests command) {
        if (status == ProfileStatus.CLOSED) {
            return;
        }
        List<MeasureEntry> open = measures.values().stream()
                .filter(entry -> entry.status() == MeasureStatus.REQUESTED && entry.nation().equals(command.nation()))
                .toList();
        open.forEach(entry -> apply(new MeasureRequestClosed(operationId, coalitionId, entry.requestId(),
                entry.measureCode(), entry.nation(), command.cause())));
    }

    @CommandHandler
    void handle(FlagProfileForReview command) {
        if (status == ProfileStatus.CLOSED || amendmentsUnderReview.contains(command.amendmentId())) {
            return;
        }
        apply(new RoeProfileFlaggedForReview(operationId, coalitionId, command.amendmentId()));
    }

    @CommandHandler
    void handle(CloseProfile command) {
        if (status == ProfileStatus.CLOSED) {
            return;
        }
        apply(new RoeProfileClosed(operationId, coalitionId, command.cause()));
    }

    @EventSourcingHandler
    void on(RoeProfileEstablished event, MetaData metaData, @Timestamp Instant recordedAt) {
        beganAt = DecisionTime.of(metaData, recordedAt);
        operationId = event.operationId();
        coalitionId = event.coalitionId();
        exerciseId = ExerciseBoundary.of(metaData);
        status = ProfileStatus.OPEN;
    }

    @EventSourcingHandler
    void on(MeasureRequested event) {
        measures.put(event.requestId(), new MeasureEntry(event));
    }

    @EventSourcingHandler
    void on(RoeProfileFlaggedForReview event) {
        amendmentsUnderReview.add(event.amendmentId());
    }

    @EventSourcingHandler
    void on(RoeProfileReauthorised event) {
        amendmentsUnderReview.clear();
    }

    @EventSourcingHandler
    void on(RoeProfileClosed event) {
        status = ProfileStatus.CLOSED;
    }
}
