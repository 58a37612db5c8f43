package org.entente.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads a topic from its beginning, as a dashboard or another service would, keeping the records of one subject. */
public final class TopicReader {

    private TopicReader() {
    }

    /** Every record of {@code subject}, in topic order, once {@code done} holds for them (or the timeout passes). */
    public static List<ConsumerRecord<String, byte[]>> records(String bootstrap, String topic, String subject,
                                                               Predicate<List<EventEnvelope>> done, Duration timeout) {
        return records(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), topic, subject, done, timeout);
    }

    /** The same, with the given client settings (bootstrap servers and, on a SASL broker, the principal's). */
    public static List<ConsumerRecord<String, byte[]>> records(Map<String, Object> clientConfig, String topic,
                                                               String subject, Predicate<List<EventEnvelope>> done,
                                                               Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        List<EventEnvelope> envelopes = new ArrayList<>();
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config,
                new StringDeserializer(), new ByteArrayDeserializer())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                consumer.partitionsFor(topic, Duration.ofSeconds(5))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline && !done.test(envelopes)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    if (subject.equals(record.key())) {
                        records.add(record);
                        envelopes.add(EnvelopeCodec.decode(record.value()));
                    }
                }
            }
        }
        return records;
    }

    /** At least {@code count} records of {@code subject}, undecoded (a dead-letter topic may hold anything). */
    public static List<ConsumerRecord<String, byte[]>> rawRecords(String bootstrap, String topic, String subject,
                                                                  int count, Duration timeout) {
        return rawRecords(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), topic, subject, count, timeout);
    }

    /** The same, with the given client settings (bootstrap servers and, on a SASL broker, the principal's). */
    public static List<ConsumerRecord<String, byte[]>> rawRecords(Map<String, Object> clientConfig, String topic,
                                                                  String subject, int count, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config,
                new StringDeserializer(), new ByteArrayDeserializer())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                consumer.partitionsFor(topic, Duration.ofSeconds(5))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline && records.size() < count) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    if (subject.equals(record.key())) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    public static List<EventEnvelope> envelopes(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> EnvelopeCodec.decode(r.value())).toList();
    }
}
