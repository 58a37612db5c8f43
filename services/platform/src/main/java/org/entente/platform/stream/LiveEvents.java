package org.entente.platform.stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.platform.decision.Actor;
import org.entente.platform.decision.Decision;
import org.entente.platform.history.FirstDecisions;
import org.entente.platform.history.Releasability;
import org.entente.platform.relay.Envelopes;
import org.entente.platform.relay.PublicEvent;
import org.entente.platform.relay.PublicEventMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The service's events as they are recorded, for dashboards: each committed event in its public envelope (the same
 * as on the Kafka topic) goes to every open stream whose reader may see it ({@link Releasability}) and whose subject
 * filter it matches. Sent after the commit, so a stream never shows an event that was rolled back.
 */
public class LiveEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

    private final EventStore eventStore;
    private final PublicEventMapper mapper;
    private final FirstDecisions firstDecisions;
    private final Duration timeout;
    private final int maxStreams;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** @param mapper the service's public contract; null: a service without one streams nothing */
    public LiveEvents(EventStore eventStore, FirstDecisions firstDecisions, PublicEventMapper mapper, Duration timeout,
                      int maxStreams) {
        this.eventStore = eventStore;
        this.firstDecisions = firstDecisions;
        this.mapper = mapper;
        this.timeout = timeout;
        this.maxStreams = maxStreams;
        eventStore.subscribe(this::recorded);
    }

    /** A new stream for {@code reader}, of every subject or of one; null when too many are open. */
    public SseEmitter open(Actor reader, String subject) {
        if (subscriptions.size() >= maxStreams) {
            return null;
        }
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscription subscription = new Subscription(emitter, reader, subject);
        subscriptions.add(subscription);
        emitter.onCompletion(() -> subscriptions.remove(subscription));
        emitter.onTimeout(() -> subscriptions.remove(subscription));
        emitter.onError(failure -> subscriptions.remove(subscription));
        try {
            // A first comment, so the client knows the stream is open before any event comes.
            emitter.send(SseEmitter.event().comment("open"));
        } catch (IOException e) {
            subscriptions.remove(subscription);
        }
        return emitter;
    }

    public int open() {
        return subscriptions.size();
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream first, so that a graceful shutdown does not wait for dashboards to hang up. */
    @Override
    public void stop() {
        running = false;
        for (Subscription subscription : subscriptions) {
            subscription.emitter().complete();
        }
        subscriptions.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void recorded(List<? extends EventMessage<?>> events) {
        if (subscriptions.isEmpty() || mapper == null) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            List<? extends EventMessage<?>> committed = List.copyOf(events);
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> send(committed));
        } else {
            send(events);
        }
    }

    private void send(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            if (!(event instanceof DomainEventMessage<?> domainEvent)) {
                continue;
            }
            Optional<PublicEvent> publicEvent;
            try {
                publicEvent = mapper.toPublic(domainEvent);
            } catch (RuntimeException e) {
                log.warn("event {} has no public form for the live stream: {}", domainEvent.getIdentifier(), e.toString());
                continue;
            }
            if (publicEvent.isEmpty()) {
                continue;
            }
            EventEnvelope envelope = Envelopes.envelope(domainEvent, publicEvent.get(), mapper.source());
            String json = new String(EnvelopeCodec.encode(envelope), StandardCharsets.UTF_8);
            Decision decision = Decision.from(domainEvent.getMetaData());
            Decision first = domainEvent.getSequenceNumber() == 0 ? decision : firstDecision(domainEvent);
            for (Subscription subscription : subscriptions) {
                // As in the histories: a record whose first event the reader may not see does not exist for them.
                if ((subscription.subject() == null || subscription.subject().equals(envelope.subject()))
                        && Releasability.visibleTo(subscription.reader(), first)
                        && Releasability.visibleTo(subscription.reader(), decision)) {
                    try {
                        subscription.emitter().send(SseEmitter.event().id(envelope.id()).name(envelope.type())
                                .data(json, MediaType.APPLICATION_JSON));
                    } catch (IOException | IllegalStateException gone) {
                        subscriptions.remove(subscription);
                    }
                }
            }
        }
    }

    private Decision firstDecision(DomainEventMessage<?> event) {
        return firstDecisions.of(event.getAggregateIdentifier()).orElse(Decision.from(event.getMetaData()));
    }

    private record Subscription(SseEmitter emitter, Actor reader, String subject) {
    }
}
