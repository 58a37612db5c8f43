package org.entente.platform.inbox;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.platform.relay.TopicProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Subscribes the service to the topics its reactions listen to, as consumer group {@code service}, reading each topic
 * from its beginning the first time. Offsets are committed after each record is processed; the watermark, not the
 * offset, is what makes a redelivery harmless. A record that can never be processed goes to the service's dead-letter
 * topic with the reason in its headers; any other failure (the database being down) is retried, with growing pauses,
 * until it succeeds — the partition waits rather than skip.
 */
public class KafkaInbox implements SmartLifecycle {

    /** Header carrying why a record was dead-lettered, in plain words. */
    public static final String DEAD_LETTER_REASON = "entente_dead_letter_reason";

    private static final Logger log = LoggerFactory.getLogger(KafkaInbox.class);
    private static final Duration AUTH_RETRY_INTERVAL = Duration.ofSeconds(5);

    private final String service;
    private final Set<String> topics;
    private final InboxProcessor processor;
    private final Map<String, Object> consumerConfig;
    private final KafkaTemplate<String, byte[]> deadLetterTemplate;
    private final TopicProvisioner topicProvisioner;
    private final Duration maxRetryInterval;
    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
    private final Set<String> assigned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread starter;

    public KafkaInbox(String service, Set<String> topics, InboxProcessor processor,
                      Map<String, Object> consumerConfig, KafkaTemplate<String, byte[]> deadLetterTemplate,
                      TopicProvisioner topicProvisioner, Duration maxRetryInterval) {
        this.service = service;
        this.topics = Set.copyOf(topics);
        this.processor = processor;
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.deadLetterTemplate = deadLetterTemplate;
        this.topicProvisioner = topicProvisioner;
        this.maxRetryInterval = maxRetryInterval;
    }

    public String deadLetterTopic() {
        return Topics.deadLetter(service);
    }

    /**
     * Whether the inbox consumes every topic it reacts to (its partitions were assigned at least once). Until then a
     * command that depends on what another service published, e.g. an operation of a coalition just formed, may not
     * find it yet.
     */
    public boolean subscribed() {
        return assigned.containsAll(topics);
    }

    @Override
    public void start() {
        running = true;
        if (topics.isEmpty()) {
            return; // a service that reacts to nothing (membership) consumes nothing
        }
        // The topics are made ready first (another service may not have published yet); the broker may be down at
        // start, so this waits in the background and the service serves HTTP meanwhile.
        starter = new Thread(this::provisionAndSubscribe, "inbox-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void provisionAndSubscribe() {
        while (running) {
            try {
                for (String topic : topics) {
                    ensureUnlessOthersProvisionIt(topic);
                }
                ensureUnlessOthersProvisionIt(deadLetterTopic());
                break;
            } catch (RuntimeException e) {
                log.warn("inbox waits for the broker to create its topics: {}", e.getMessage());
                sleep(Duration.ofSeconds(2));
            }
        }
        synchronized (containers) {
            if (!running) {
                return;
            }
            for (String topic : topics) {
                ConcurrentMessageListenerContainer<String, byte[]> container = container(topic);
                container.start();
                containers.add(container);
            }
        }
        log.info("inbox of {} subscribed to {}; dead letters go to {}", service, topics, deadLetterTopic());
    }

    /**
     * Creates {@code topic} if this service may. The topics it reacts to belong to other services: on an open
     * development broker the inbox creates them so that it can subscribe before their owner first publishes, but where
     * ACLs apply it may not, and the topics are provisioned with the ACLs (infra/kafka/access.properties). An
     * authorization failure therefore means "someone else provisions it": the inbox subscribes anyway, and its
     * consumer is assigned the topic's partitions once the topic exists ({@link #subscribed()} says when).
     */
    private void ensureUnlessOthersProvisionIt(String topic) {
        try {
            topicProvisioner.ensure(topic);
        } catch (RuntimeException e) {
            if (!deniedAccess(e)) {
                throw e;
            }
            log.info("inbox of {} may not create {}; it waits for the topic's provisioning", service, topic);
        }
    }

    /** Whether {@code failure} (or a cause of it) is the broker refusing this principal an operation (ACLs). */
    public static boolean deniedAccess(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof AuthorizationException) {
                return true;
            }
        }
        return false;
    }

    private ConcurrentMessageListenerContainer<String, byte[]> container(String topic) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, service);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, service + "-inbox");
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setAckMode(ContainerProperties.AckMode.RECORD);
        properties.setMessageListener((MessageListener<String, byte[]>) this::onRecord);
        properties.setObservationEnabled(false);
        // an ACL granted late (or a credential rotated) must not stop the inbox for good: retry rather than give up
        properties.setAuthExceptionRetryInterval(AUTH_RETRY_INTERVAL);
        properties.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsAssigned(org.apache.kafka.clients.consumer.Consumer<?, ?> consumer,
                                             java.util.Collection<TopicPartition> partitions) {
                if (!partitions.isEmpty()) {
                    assigned.add(topic);
                }
            }
        });
        ConcurrentMessageListenerContainer<String, byte[]> container =
                new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(config), properties);
        container.setBeanName("inbox-" + topic);
        container.setCommonErrorHandler(errorHandler());
        return container;
    }

    private void onRecord(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event;
        try {
            event = EnvelopeCodec.decode(record.value());
        } catch (RuntimeException e) {
            throw new Poison("not an Entente event envelope: " + PermanentFailure.rootCause(e), e);
        }
        processor.process(record.topic(), event);
    }

    private static Optional<EventEnvelope> decodable(ConsumerRecord<?, ?> record) {
        try {
            EventEnvelope event = EnvelopeCodec.decode((byte[]) record.value());
            return event.source() == null || event.subject() == null || event.id() == null || event.type() == null
                    || !InboxProcessor.identityFits(event) ? Optional.empty() : Optional.of(event);
        } catch (RuntimeException e) {
            return Optional.empty(); // not an envelope: it belongs to no subject
        }
    }

    private DefaultErrorHandler errorHandler() {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, failure) -> new TopicPartition(deadLetterTopic(), -1));
        recoverer.setHeadersFunction((record, failure) -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add(new RecordHeader(DEAD_LETTER_REASON,
                    PermanentFailure.describeAny(failure).getBytes(StandardCharsets.UTF_8)));
            return headers;
        });
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            String reason = PermanentFailure.describeAny(failure);
            log.error("dead-lettering {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                    deadLetterTopic(), reason);
            recoverer.accept(record, failure);
            decodable(record).ifPresent(event -> processor.passOver(record.topic(), event, reason));
            processor.count(record.topic(), InboxOutcome.DEAD_LETTERED);
        });
        handler.setBackOffFunction((record, failure) ->
                PermanentFailure.reason(failure).isPresent() ? new FixedBackOff(0, 0) : transientBackOff());
        handler.setLogLevel(KafkaException.Level.WARN);
        return handler;
    }

    private BackOff transientBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(maxRetryInterval.toMillis());
        return backOff; // unlimited attempts: a transient failure must not turn into a skipped event
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        synchronized (containers) {
            containers.forEach(ConcurrentMessageListenerContainer::stop);
            containers.clear();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After Axon and the web server are up, before they stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
