package org.entente.platform.command;

/**
 * Travels with a command inside this JVM (as a metadata value that is never stored or propagated) and brings back
 * what only the unit of work knows: the aggregate version its events reached. When the command carries an
 * Idempotency-Key it also holds the key to reserve and the response to remember, both in the command's own
 * transaction.
 */
final class DispatchContext {

    static final String METADATA_KEY = "entente.dispatch";

    private final String aggregateId;
    private final PendingResponse pending;
    private volatile Long version;

    DispatchContext(String aggregateId, PendingResponse pending) {
        this.aggregateId = aggregateId;
        this.pending = pending;
    }

    String aggregateId() {
        return aggregateId;
    }

    PendingResponse pending() {
        return pending;
    }

    Long version() {
        return version;
    }

    void version(Long version) {
        this.version = version;
    }

    /** The response to a command with an Idempotency-Key, but for the version, which is known at commit only. */
    interface PendingResponse {
        String key();

        String fingerprint();

        IdempotencyStore.StoredResponse complete(long version);
    }
}
