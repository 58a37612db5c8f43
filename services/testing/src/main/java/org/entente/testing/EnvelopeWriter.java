package org.entente.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.contracts.Actor;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Publishes hand-built envelopes, as another service's relay would (key = subject), so a test can drive a service's
 * reactions without running the publishing service — and can also redeliver, reorder or corrupt on purpose.
 */
public final class EnvelopeWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EnvelopeWriter(String bootstrap) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** With the given client settings (bootstrap servers and, on a SASL broker, the principal's). */
    public EnvelopeWriter(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** An envelope of {@code data} (a contract record) as the publishing service would build it. */
    public static EventEnvelope envelope(String source, String type, String subject, long sequence, Object data,
                                         String exerciseId) {
        JsonNode json = EnvelopeCodec.toData(data);
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        return new EventEnvelope(id, type, 1, source, subject, "Test", sequence, now, now, null, id, id,
                new Actor("test.author", "USA", List.of("planner")), "test", null, exerciseId, null, null, json);
    }

    public void send(String topic, EventEnvelope envelope) {
        sendRaw(topic, envelope.subject(), EnvelopeCodec.encode(envelope));
    }

    public void sendRaw(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
