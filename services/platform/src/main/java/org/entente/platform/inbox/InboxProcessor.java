package org.entente.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.entente.contracts.EventEnvelope;
import org.entente.platform.decision.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies one public event exactly once in effect: in one Axon unit of work bound to one database transaction it
 * checks the subject's watermark, runs every reaction (whose commands join the unit of work as nested ones), and moves
 * the watermark on. If anything fails, all of it rolls back — events, read-model rows and watermark — and the record is
 * delivered again.
 */
public class InboxProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);

    private final String service;
    private final Map<String, List<Reaction>> reactionsByTopic;
    private final Watermarks watermarks;
    private final CommandGateway commandGateway;
    private final TransactionManager transactionManager;
    private final Clock clock;
    private final MeterRegistry meterRegistry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public InboxProcessor(String service, Map<String, List<Reaction>> reactionsByTopic, Watermarks watermarks,
                          CommandGateway commandGateway, TransactionManager transactionManager, Clock clock,
                          MeterRegistry meterRegistry) {
        this.service = service;
        this.reactionsByTopic = Map.copyOf(reactionsByTopic);
        this.watermarks = watermarks;
        this.commandGateway = commandGateway;
        this.transactionManager = transactionManager;
        this.clock = clock;
        this.meterRegistry = meterRegistry;
    }

    public InboxOutcome process(String topic, EventEnvelope event) {
        List<Reaction> reactions = reactionsByTopic.getOrDefault(topic, List.of());
        requireIdentity(event);
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        ResultMessage<InboxOutcome> result = unitOfWork.executeWithResult(
                () -> applyOnce(event, reactions), RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        }
        InboxOutcome outcome = result.getPayload();
        count(topic, outcome);
        return outcome;
    }

    private InboxOutcome applyOnce(EventEnvelope event, List<Reaction> reactions) {
        OptionalLong last = watermarks.lastApplied(event.source(), event.subject());
        long expected = last.isPresent() ? last.getAsLong() + 1 : 0;
        if (event.sequence() < expected) {
            log.debug("{} {} #{} already applied", event.type(), event.subject(), event.sequence());
            return InboxOutcome.DUPLICATE;
        }
        if (event.sequence() > expected) {
            log.warn("{} {} #{} deferred: #{} of that subject has not been applied yet (it will be re-sent first)",
                    event.type(), event.subject(), event.sequence(), expected);
            return InboxOutcome.DEFERRED;
        }
        ReactionContext context = new Context(event);
        for (Reaction reaction : reactions) {
            reaction.react(event, context);
        }
        watermarks.advance(event.source(), event.subject(), event.sequence(), event.id(), clock.instant());
        return InboxOutcome.APPLIED;
    }

    /**
     * After {@code event} went to the dead-letter topic: lets its subject carry on past it, in its own transaction.
     * Without this, every later event of the subject would wait for it for ever.
     */
    public void passOver(String topic, EventEnvelope event, String reason) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        ResultMessage<Boolean> result = unitOfWork.executeWithResult(
                () -> watermarks.passOver(topic, event, reason, clock.instant()), RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("could not pass over dead-lettered " + event.id(), result.exceptionResult());
        }
    }

    void count(String topic, InboxOutcome outcome) {
        counters.computeIfAbsent(topic + "|" + outcome, k -> Counter.builder("entente.inbox.events")
                        .description("Public events of other services received by this service's inbox, by outcome")
                        .tag("topic", topic)
                        .tag("outcome", outcome.name().toLowerCase().replace('_', '-'))
                        .register(meterRegistry))
                .increment();
    }

    private static void requireIdentity(EventEnvelope event) {
        if (event.id() == null || event.source() == null || event.subject() == null || event.type() == null) {
            throw new Poison("envelope lacks id, source, subject or type");
        }
        if (event.sequence() < 0) {
            throw new Poison("envelope sequence " + event.sequence() + " is negative");
        }
    }

    private final class Context implements ReactionContext {

        private final EventEnvelope cause;

        private Context(EventEnvelope cause) {
            this.cause = cause;
        }

        @Override
        public EventEnvelope cause() {
            return cause;
        }

        @Override
        public <R> R send(Object command, String rationale) {
            Decision decision = new Decision(
                    "service:" + service, null, List.of("system"), rationale,
                    cause.type() + " " + cause.id(),
                    cause.effectiveTime(),
                    cause.correlationId() == null ? cause.id() : cause.correlationId(),
                    cause.id(),
                    cause.exerciseId(),
                    cause.gameTime(),
                    cause.releasableTo());
            return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(decision.toMetaData()));
        }
    }
}
