package org.entente.endtoend;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Follows the public topics from their beginning in the background, as a dashboard does, noting when each event was
 * seen — so a test can wait for an event and say how long after its cause it became visible.
 */
final class TopicWatch implements AutoCloseable {

    record Seen(EventEnvelope event, long seenAtNanos) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    TopicWatch(String bootstrap, List<String> topics) {
        poller = new Thread(() -> follow(bootstrap, topics), "topic-watch");
        poller.setDaemon(true);
        poller.start();
    }

    private void follow(String bootstrap, List<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> assigned = new ArrayList<>();
            while (running) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : topics) {
                    consumer.partitionsFor(topic, Duration.ofSeconds(2))
                            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
                if (!partitions.equals(assigned)) {
                    List<TopicPartition> fresh = partitions.stream().filter(p -> !assigned.contains(p)).toList();
                    consumer.assign(partitions);
                    consumer.seekToBeginning(fresh);
                    assigned.clear();
                    assigned.addAll(partitions);
                }
                for (int i = 0; i < 20 && running; i++) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        seen.add(new Seen(EnvelopeCodec.decode(record.value()), System.nanoTime()));
                    }
                }
            }
        }
    }

    /** The first event matching {@code match}, waiting up to {@code timeout}. */
    Seen await(Predicate<EventEnvelope> match, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Seen> found = seen.stream().filter(s -> match.test(s.event())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not seen within " + timeout.toSeconds() + " s: " + what);
    }

    List<EventEnvelope> all(Predicate<EventEnvelope> match) {
        return seen.stream().map(Seen::event).filter(match).toList();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5000);
    }
}
