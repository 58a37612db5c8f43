package org.entente.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.entente.platform.decision.DecisionMetadata;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Adds the hash chain to events as they are stored. Runs as a dispatch interceptor of the event store, which Axon
 * calls when the unit of work prepares to commit — after the metadata is complete and just before the events are
 * appended — so the hash covers exactly what is stored.
 * <p>
 * The previous hash comes from the same batch, from a small cache of the last committed hash per aggregate, or from the
 * store. The cache is only written after a commit, so a rolled-back command cannot leave a hash behind that the store
 * does not have. Commands on one aggregate are serialised by Axon's aggregate lock, and the store's unique
 * (aggregate, sequence) key rejects any writer that raced past it.
 */
public class HashChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final int CACHE_SIZE = 10_000;

    private final HashChain hashChain;
    private final EventStorageEngine storageEngine;
    private final Map<String, Link> lastCommitted = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Link> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    public HashChainInterceptor(HashChain hashChain, EventStorageEngine storageEngine) {
        this.hashChain = hashChain;
        this.storageEngine = storageEngine;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, Link> batch = new HashMap<>();
        return (index, message) -> {
            if (!(message instanceof DomainEventMessage<?> event)) {
                return message;
            }
            String aggregateId = event.getAggregateIdentifier();
            String previous = previousHash(batch.get(aggregateId), aggregateId, event.getSequenceNumber());
            String hash = hashChain.hash(previous, event);
            Link link = new Link(event.getSequenceNumber(), hash);
            batch.put(aggregateId, link);
            afterCommit(aggregateId, link);
            return event.andMetaData(Map.of(DecisionMetadata.HASH, hash));
        };
    }

    private String previousHash(Link inBatch, String aggregateId, long sequence) {
        if (sequence == 0) {
            return HashChain.GENESIS;
        }
        if (inBatch != null && inBatch.sequence() == sequence - 1) {
            return inBatch.hash();
        }
        Link committed = lastCommitted.get(aggregateId);
        if (committed != null && committed.sequence() == sequence - 1) {
            return committed.hash();
        }
        DomainEventStream stored = storageEngine.readEvents(aggregateId, sequence - 1);
        if (!stored.hasNext()) {
            throw new IllegalStateException("event " + (sequence - 1) + " of " + aggregateId
                    + " is missing: cannot chain event " + sequence);
        }
        DomainEventMessage<?> predecessor = stored.next();
        Object hash = predecessor.getMetaData().get(DecisionMetadata.HASH);
        if (predecessor.getSequenceNumber() != sequence - 1 || hash == null) {
            throw new IllegalStateException("event " + (sequence - 1) + " of " + aggregateId + " carries no hash");
        }
        return hash.toString();
    }

    private void afterCommit(String aggregateId, Link link) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        AggregateVersions.record(unitOfWork, aggregateId, link.sequence());
        unitOfWork.afterCommit(u -> lastCommitted.merge(aggregateId, link,
                (old, fresh) -> fresh.sequence() > old.sequence() ? fresh : old));
    }

    private record Link(long sequence, String hash) {
    }
}
