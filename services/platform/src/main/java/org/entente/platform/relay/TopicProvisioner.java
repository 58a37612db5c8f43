package org.entente.platform.relay;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the service's topic before its first record, and again after a failure, so the service starts even while
 * the broker is down. The topic keeps every record (retention -1): the event store is the source of truth, but a
 * dashboard or a new service should be able to read a topic from its beginning.
 */
public class TopicProvisioner {

    private final KafkaAdmin admin;
    private final int partitions;
    private final short replicationFactor;
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();

    public TopicProvisioner(KafkaAdmin admin, int partitions, short replicationFactor) {
        this.admin = admin;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    public void ensure(String topic) {
        if (ensured.contains(topic)) {
            return;
        }
        admin.createOrModifyTopics(new NewTopic(topic, partitions, replicationFactor)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
        ensured.add(topic);
    }
}
