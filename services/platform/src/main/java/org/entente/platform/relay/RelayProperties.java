package org.entente.platform.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How every service publishes its events to Kafka ({@code entente.relay.*}).
 *
 * @param partitions        partitions of a topic the service creates
 * @param replicationFactor replicas of a topic the service creates (1 for a single local broker)
 * @param batchSize         events per relay batch, i.e. per transaction of the relay
 * @param deliveryTimeout   how long the producer itself keeps retrying one record before it fails the batch;
 *                          generous, so that a short broker outage is bridged without a retry of the batch
 * @param requestTimeout    how long the producer waits for one broker response
 * @param maxBlock          how long a send may block waiting for metadata (the broker being down at start)
 */
@ConfigurationProperties("entente.relay")
public record RelayProperties(@DefaultValue("3") int partitions,
                              @DefaultValue("1") short replicationFactor,
                              @DefaultValue("100") int batchSize,
                              @DefaultValue("120s") Duration deliveryTimeout,
                              @DefaultValue("15s") Duration requestTimeout,
                              @DefaultValue("30s") Duration maxBlock) {

    /** The relay waits for acknowledgements a little longer than the producer keeps trying. */
    public Duration ackTimeout() {
        return deliveryTimeout.plus(maxBlock).plusSeconds(10);
    }
}
