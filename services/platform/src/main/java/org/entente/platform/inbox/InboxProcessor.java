package org.entente.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.entente.contracts.Bounds;
import org.entente.contracts.Contracts;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.platform.decision.Decision;
import org.entente.platform.domain.RuleViolation;
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
        requireOwner(topic, event);
        requireContract(topic, event);
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

    /**
     * Runs the reactions to a dead-lettered event once more, after the cause of its failure was fixed. Its watermark
     * was moved past it, so this applies it out of the usual order check: reactions are idempotent in effect, and an
     * operator decides when. Throws if it fails again (nothing is then stored); the dead letter stays listed.
     *
     * @param operator who re-drives it (the token's actor), kept with the dead letter for the auditors
     */
    public void redrive(String topic, EventEnvelope event, String operator) {
        List<Reaction> reactions = reactionsByTopic.getOrDefault(topic, List.of());
        requireIdentity(event);
        requireOwner(topic, event);
        requireContract(topic, event);
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        ResultMessage<Boolean> result = unitOfWork.executeWithResult(() -> {
            // locks the subject against the consumer; a later event applied since would be undone by an older one
            OptionalLong last = watermarks.lastApplied(event.source(), event.subject());
            // rolled back with the rest if anything fails
            if (!watermarks.redriven(event.id(), clock.instant(), operator)) {
                throw new InboxController.AlreadyRedriven(event.id());
            }
            if (last.isPresent() && last.getAsLong() > event.sequence()) {
                throw new RuleViolation("redrive-only-the-latest", "event #" + event.sequence() + " of "
                        + event.subject() + " was followed by #" + last.getAsLong() + ", applied since; running it "
                        + "now would apply it after them (have " + event.source() + " publish the subject anew)");
            }
            ReactionContext context = new Context(event);
            for (Reaction reaction : reactions) {
                reaction.react(event, context);
            }
            return true;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        count(topic, InboxOutcome.REDRIVEN);
    }

    void count(String topic, InboxOutcome outcome) {
        counters.computeIfAbsent(topic + "|" + outcome, k -> Counter.builder("entente.inbox.events")
                        .description("Public events of other services received by this service's inbox, by outcome")
                        .tag("topic", topic)
                        .tag("outcome", outcome.name().toLowerCase().replace('_', '-'))
                        .register(meterRegistry))
                .increment();
    }

    /** Whether the envelope's identity fits what the inbox keeps of every event (its watermark, its dead letters). */
    static boolean identityFits(EventEnvelope event) {
        return event.id().length() <= Bounds.EVENT_ID && event.source().length() <= Bounds.SOURCE
                && event.subject().length() <= Bounds.SUBJECT && event.type().length() <= Bounds.EVENT_TYPE;
    }

    /** Only the service a topic belongs to publishes on it: anything else is an impostor, however well formed. */
    private static void requireOwner(String topic, EventEnvelope event) {
        Topics.owner(topic).filter(owner -> !owner.equals(event.source())).ifPresent(owner -> {
            throw new Poison("envelope from " + event.source() + " on " + topic + ", which only " + owner
                    + " publishes on");
        });
    }

    static void requireIdentity(EventEnvelope event) {
        if (event.id() == null || event.source() == null || event.subject() == null || event.type() == null) {
            throw new Poison("envelope lacks id, source, subject or type");
        }
        if (!identityFits(event)) {
            throw new Poison("envelope id, source, subject or type longer than Bounds allows");
        }
        if (event.sequence() < 0) {
            throw new Poison("envelope sequence " + event.sequence() + " is negative");
        }
    }

    /**
     * An event of a public topic fits its contract (schema version, data), or is refused here, once, before any
     * reaction: whether it is poison does not depend on which reactions the service has or their order.
     */
    private static void requireContract(String topic, EventEnvelope event) {
        Contracts.forTopic(topic).ifPresent(contract -> {
            try {
                contract.decode(event);
            } catch (IllegalArgumentException unreadable) {
                throw new Poison(unreadable.getMessage());
            }
        });
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
            Decision decision = ReactionDecision.of(service, cause, rationale);
            return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(decision.toMetaData()));
        }
    }
}
