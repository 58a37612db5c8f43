package org.entente.membership.support;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.domain.CommandTargets;
import org.entente.platform.exercise.ExerciseBoundary;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One nation's domestic-support assessments in one coalition: a stream that grows without bound and carries no rule,
 * so it lives apart from the coalition and does not slow the coalition's commands down. Snapshots keep its load cost
 * flat; reads go to the event store.
 */
@Aggregate(snapshotTriggerDefinition = "supportSnapshotTrigger", cache = "aggregateCache",
        commandTargetResolver = CommandTargets.BY_VERSION)
public class DomesticSupportSeries {

    @AggregateIdentifier
    private String seriesId;
    private String exerciseId;
    private boolean started;

    DomesticSupportSeries() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDomesticSupport command, CommandMessage<?> message) {
        ActorAuthority.of(message.getMetaData()).requireActingFor(command.nation(), "domestic support assessment");
        if (started) {
            ExerciseBoundary.check(exerciseId, message.getMetaData(), "the domestic support series of "
                    + command.nation());
        }
        apply(new DomesticSupportAssessed(command.coalitionId(), command.nation(), command.supportPercent(),
                command.source()));
    }

    @EventSourcingHandler
    void on(DomesticSupportAssessed event, MetaData metaData) {
        if (!started) {
            seriesId = RecordDomesticSupport.seriesId(event.coalitionId(), event.nation());
            exerciseId = ExerciseBoundary.of(metaData);
            started = true;
        }
    }
}
