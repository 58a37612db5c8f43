package org.entente.platform.relay;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** What the relay last did, for the health endpoint and the logs. */
public class RelayStatus {

    private volatile Instant lastPublishedAt;
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;
    private final AtomicLong consecutiveFailures = new AtomicLong();

    void published(Instant at) {
        lastPublishedAt = at;
        consecutiveFailures.set(0);
    }

    void failed(Instant at, Throwable cause) {
        lastFailureAt = at;
        lastFailure = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        consecutiveFailures.incrementAndGet();
    }

    public Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public String lastFailure() {
        return lastFailure;
    }

    public long consecutiveFailures() {
        return consecutiveFailures.get();
    }
}
