package org.entente.platform.inbox;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Watches the inbox from outside its consumer, as an operator would with the broker's tools: a partition that has
 * records waiting (its end offset beyond what the group committed) and whose committed offset has not moved for
 * {@code stallAfter} is stalled. Whatever holds it — a failure retried for ever, a reaction that hangs — it shows in the
 * inbox's health and in {@code entente_inbox_stalled_partitions}, instead of a consumer silently stuck with health UP.
 */
public class StalledPartitions implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StalledPartitions.class);

    /** A partition that has records waiting and has not advanced since {@code since}. */
    public record Stall(String topic, int partition, long committedOffset, long endOffset, Instant since) {
    }

    private record Position(long committed, Instant since) {
    }

    private final String group;
    private final Set<String> topics;
    private final Supplier<Admin> admins;
    private final Duration stallAfter;
    private final Duration checkEvery;
    private final Clock clock;
    private final Map<TopicPartition, Position> positions = new ConcurrentHashMap<>();
    private volatile List<Stall> stalls = List.of();
    private volatile long waiting;
    private volatile String lastCheckFailure;
    private volatile ScheduledExecutorService scheduler;
    private Admin admin;

    public StalledPartitions(String group, Set<String> topics, Supplier<Admin> admins, Duration stallAfter,
                             Duration checkEvery, Clock clock) {
        this.group = group;
        this.topics = Set.copyOf(topics);
        this.admins = admins;
        this.stallAfter = stallAfter;
        this.checkEvery = checkEvery;
        this.clock = clock;
    }

    /** The partitions stalled at the last check. */
    public List<Stall> stalls() {
        return stalls;
    }

    /** Records on the inbox's topics not yet committed by its group, at the last check (-1: it failed). */
    public long waiting() {
        return waiting;
    }

    /** Why the last check could not be made (the broker unreachable), or null. */
    public String lastCheckFailure() {
        return lastCheckFailure;
    }

    /** Looks once: end offsets against the group's committed offsets. Called on schedule; tests may call it. */
    public synchronized void check() {
        if (topics.isEmpty()) {
            return;
        }
        try {
            if (admin == null) {
                admin = admins.get();
            }
            List<TopicPartition> partitions = new ArrayList<>();
            for (var described : admin.describeTopics(topics).topicNameValues().entrySet()) {
                try {
                    described.getValue().get(checkEvery.toMillis() + 5000, TimeUnit.MILLISECONDS).partitions()
                            .forEach(p -> partitions.add(new TopicPartition(described.getKey(), p.partition())));
                } catch (ExecutionException notYetProvisioned) {
                    // its owner has not created it yet (or this principal may not see it): nothing waits there
                }
            }
            Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(checkEvery.toMillis() + 5000, TimeUnit.MILLISECONDS);
            Instant now = clock.instant();
            List<Stall> found = new ArrayList<>();
            long behind = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                long at = offset == null ? starts.getOrDefault(partition, 0L) : offset.offset();
                long end = ends.getOrDefault(partition, at);
                // the clock runs from the last time the partition advanced or had nothing waiting
                Position position = positions.merge(partition, new Position(at, now),
                        (old, fresh) -> old.committed() == fresh.committed() && end > at ? old : fresh);
                if (end > at) {
                    behind += end - at;
                    if (!position.since().plus(stallAfter).isAfter(now)) {
                        found.add(new Stall(partition.topic(), partition.partition(), at, end, position.since()));
                    }
                }
            }
            found.sort(Comparator.comparing(Stall::topic).thenComparingInt(Stall::partition));
            if (!found.isEmpty() && !found.equals(stalls)) {
                log.error("inbox of {} stalled on {}", group, found);
            }
            stalls = List.copyOf(found);
            waiting = behind;
            lastCheckFailure = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // what cannot be seen is not reported as stalled (a broker outage is the relay's to report)
            stalls = List.of();
            waiting = -1;
            lastCheckFailure = PermanentFailure.describeAny(e);
            log.debug("inbox stall check failed: {}", lastCheckFailure);
        }
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(
                        partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get(checkEvery.toMillis() + 5000, TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-stall-check");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::check, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdownNow(); // interrupts a check waiting on the broker
        }
        synchronized (this) {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
                admin = null;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
