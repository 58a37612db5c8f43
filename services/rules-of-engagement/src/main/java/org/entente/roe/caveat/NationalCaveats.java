package org.entente.roe.caveat;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
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
import org.entente.platform.domain.CommandTargets;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.exercise.ExerciseBoundary;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.KnownCoalition;
import org.entente.platform.roster.Standing;
import org.entente.roe.reference.CaveatCategories;
import org.entente.roe.reference.Compendium;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One nation's caveats in one coalition (id {@code <coalitionId>/caveats/<nation>}): started by its first declaration,
 * bound to the coalition's exercise. Only an active member declares, only the nation itself decides, and a nation
 * that stops being an active member has its caveats archived; after the coalition's dissolution the record is closed.
 */
@Aggregate(snapshotTriggerDefinition = "caveatsSnapshotTrigger", cache = "aggregateCache",
        commandTargetResolver = CommandTargets.BY_VERSION)
public class NationalCaveats {

    @AggregateIdentifier
    private String recordId;
    private String coalitionId;
    private String nation;
    private String exerciseId;
    private boolean started;
    private boolean closed;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Caveat> caveats = new LinkedHashMap<>();

    NationalCaveats() {
        // for Axon
    }

    public static String recordId(String coalitionId, String nation) {
        return coalitionId + "/caveats/" + nation;
    }

    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (started) {
            ExerciseBoundary.check(exerciseId, command.getMetaData(), "the caveat record of " + nation);
            boolean cascade = command.getPayload() instanceof ArchiveCaveats
                    || command.getPayload() instanceof CloseCaveatRecord;
            if (closed && !cascade) {
                throw new RuleViolation("closed-caveat-records-are-closed", "the caveat record of " + nation
                        + " in coalition " + coalitionId + " is closed: the coalition is dissolved");
            }
        }
        return chain.proceed();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeclareCaveat command, MetaData metaData, CoalitionRoster roster) {
        // caveats are a nation's own restrictions on its own forces: only that nation sets them
        ActorAuthority.of(metaData).requireActingFor(command.nation(), "caveat");
        // the roster keeps the members' standings after a dissolution; without this a first declaration would open a
        // record that no dissolution cascade is left to close
        if (roster.coalition(command.coalitionId()).filter(KnownCoalition::dissolved).isPresent()) {
            throw new RuleViolation("dissolved-coalitions-are-closed", "coalition " + command.coalitionId()
                    + " is dissolved: no caveat can be declared in it");
        }
        Standing standing = roster.standing(command.coalitionId(), command.nation());
        if (!standing.isActiveMember()) {
            throw new RuleViolation("only-active-members-declare-caveats", command.nation() + " is " + standing
                    + " in coalition " + command.coalitionId());
        }
        if (!started) {
            ExerciseBoundary.check(roster.coalition(command.coalitionId()).map(c -> c.exerciseId()).orElse(null),
                    metaData, "coalition " + command.coalitionId());
        }
        if (CaveatCategories.named(command.category()).isEmpty()) {
            throw new RuleViolation("caveat-categories-come-from-the-list", "no caveat category " + command.category()
                    + "; see /reference/caveat-categories");
        }
        List<String> unknown = command.measures().stream().filter(code -> Compendium.measure(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation("caveat-measures-come-from-the-compendium", "the compendium has no measure "
                    + String.join(", ", unknown));
        }
        if (command.measures().isEmpty() && command.series().isEmpty() && command.activities().isEmpty()
                && command.areas().isEmpty() && command.degrees().isEmpty() && command.from() == null
                && command.until() == null) {
            throw new RuleViolation("a-caveat-says-what-it-restricts", "name measures, series, activities, areas, "
                    + "degrees of authority or a period");
        }
        if (command.from() != null && command.until() != null && !command.until().isAfter(command.from())) {
            throw new RuleViolation("a-caveat-period-ends-after-it-starts", "until " + command.until()
                    + " is not after from " + command.from());
        }
        apply(new CaveatDeclared(command.coalitionId(), command.nation(), command.caveatId(), command.category(),
                command.forceId(), command.measures(), command.series(), command.activities(), command.areas(),
                command.degrees(), command.from(), command.until(), command.description()));
    }

    @CommandHandler
    void handle(ArchiveCaveats command) {
        archiveAll(command.cause());
    }

    @CommandHandler
    void handle(CloseCaveatRecord command) {
        if (closed) {
            return;
        }
        archiveAll(command.cause());
        apply(new CaveatRecordClosed(coalitionId, nation, command.cause()));
    }

    private void archiveAll(CaveatEndCause cause) {
        caveats.values().stream().filter(caveat -> caveat.status() == CaveatStatus.IN_FORCE).toList()
                .forEach(caveat -> apply(new CaveatArchived(coalitionId, nation, caveat.caveatId(), cause)));
    }

    @EventSourcingHandler
    void on(CaveatDeclared event, MetaData metaData) {
        if (!started) {
            recordId = recordId(event.coalitionId(), event.nation());
            coalitionId = event.coalitionId();
            nation = event.nation();
            exerciseId = ExerciseBoundary.of(metaData);
            started = true;
        }
        caveats.put(event.caveatId(), new Caveat(event));
    }

    @EventSourcingHandler
    void on(CaveatRecordClosed event) {
        closed = true;
    }
}
