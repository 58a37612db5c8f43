package org.entente.platform.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.entente.contracts.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every stored event, in its public form, to the service's Kafka topic. The event store is the outbox: this
 * handler runs in a tracking processor over the store, sends each event of a batch, and before the batch commits
 * waits until the broker has acknowledged all of them. The processor's token is stored in that same transaction, so
 * it only moves past events Kafka has; any failure rolls the batch back and the processor retries it (Axon's
 * PropagatingErrorHandler is registered for this group: a logging handler would skip the event and lose it).
 * <p>
 * Delivery is therefore at least once: a batch that fails after some sends succeeded is sent again. Consumers
 * de-duplicate by the envelope id (or the subject's sequence).
 */
@ProcessingGroup(KafkaRelay.PROCESSOR)
public class KafkaRelay {

    public static final String PROCESSOR = "kafka-relay";
    private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);
    private static final String PENDING = KafkaRelay.class.getName() + ".pending";

    private final PublicEventMapper mapper;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicProvisioner topics;
    private final RelayStatus status;
    private final Duration ackTimeout;
    private final Clock clock;
    private final Counter published;
    private final Timer publishDelay;

    public KafkaRelay(PublicEventMapper mapper, KafkaTemplate<String, byte[]> kafka, TopicProvisioner topics,
                      RelayStatus status, Duration ackTimeout, Clock clock, MeterRegistry registry) {
        this.mapper = mapper;
        this.kafka = kafka;
        this.topics = topics;
        this.status = status;
        this.ackTimeout = ackTimeout;
        this.clock = clock;
        this.published = Counter.builder("entente.relay.published")
                .description("Events published to Kafka and acknowledged by the broker")
                .tag("topic", mapper.topic()).register(registry);
        this.publishDelay = Timer.builder("entente.relay.publish.delay")
                .description("From an event's recorded time to the broker's acknowledgement")
                .tag("topic", mapper.topic())
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .register(registry);
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event)) {
            throw new IllegalArgumentException("only aggregate events are published; got " + message.getPayloadType());
        }
        Optional<PublicEvent> publicEvent = mapper.toPublic(event);
        if (publicEvent.isEmpty()) {
            return;
        }
        String topic = mapper.topic();
        topics.ensure(topic);
        EventEnvelope envelope = Envelopes.envelope(event, publicEvent.get(), mapper.source());
        ProducerRecord<String, byte[]> record = Envelopes.record(topic, envelope);
        Instant recorded = event.getTimestamp();
        CompletableFuture<?> ack = kafka.send(record).thenRun(() ->
                publishDelay.record(Duration.between(recorded, clock.instant())));
        pendingAcks().add(ack);
    }

    /** The sends of the current batch; the first send registers the wait that precedes the batch's commit. */
    private List<CompletableFuture<?>> pendingAcks() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<?>> acks = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> awaitAcknowledgements(acks));
            return acks;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> acks) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            published.increment(acks.size());
            status.published(clock.instant());
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            status.failed(clock.instant(), cause);
            log.warn("Kafka did not acknowledge a batch of {} events; the batch will be retried: {}", acks.size(),
                    cause.toString());
            throw new RelayFailure("Kafka did not acknowledge the batch", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayFailure("interrupted while waiting for Kafka", e);
        }
    }

    /** A batch could not be published; the processor rolls it back and retries. */
    public static class RelayFailure extends RuntimeException {
        RelayFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
