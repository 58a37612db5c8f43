package org.entente.roe.inbox;

/**
 * Whether a profile or caveat record exists in this service's event store. Reactions ask before sending a command: an
 * operation without a profile, or a nation without caveats, has nothing to cascade to.
 */
@FunctionalInterface
public interface StoredRecords {

    boolean exists(String aggregateId);
}
