package org.entente.platform.eventstore;

import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last sequence number each aggregate reached in the current unit of work, as its events are stored. This is
 * the aggregate version a command answers with (HTTP ETag): exact even when other commands on the same aggregate
 * follow a moment later.
 */
public final class AggregateVersions {

    private static final String RESOURCE = AggregateVersions.class.getName();

    private AggregateVersions() {
    }

    static void record(UnitOfWork<?> unitOfWork, String aggregateId, long sequence) {
        Map<String, Long> versions = unitOfWork.root().getOrComputeResource(RESOURCE, key -> new HashMap<>());
        versions.merge(aggregateId, sequence, Math::max);
    }

    public static Optional<Long> of(UnitOfWork<?> unitOfWork, String aggregateId) {
        Map<String, Long> versions = unitOfWork.root().getResource(RESOURCE);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(aggregateId));
    }
}
