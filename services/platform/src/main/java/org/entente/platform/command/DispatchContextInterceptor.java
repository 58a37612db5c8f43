package org.entente.platform.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.entente.platform.eventstore.AggregateVersions;

/**
 * Runs inside the command's unit of work and transaction. Before the handler it reserves the Idempotency-Key, so that
 * a concurrent retry waits for this command and then replays its answer instead of running a second time. After the
 * handler it registers a prepare-commit step that comes after the event store's (Axon runs prepare-commit steps in
 * registration order, and the store registered when the first event was applied): the events are then appended,
 * their version known, and the reserved key is completed with the response in the same transaction.
 */
class DispatchContextInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final IdempotencyStore idempotencyStore;

    DispatchContextInterceptor(IdempotencyStore idempotencyStore) {
        this.idempotencyStore = idempotencyStore;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object context = unitOfWork.getMessage().getMetaData().get(DispatchContext.METADATA_KEY);
        DispatchContext dispatch = context instanceof DispatchContext d ? d : null;
        DispatchContext.PendingResponse pending = dispatch == null ? null : dispatch.pending();
        if (pending != null) {
            idempotencyStore.reserve(pending.key(), pending.fingerprint());
        }
        Object result = interceptorChain.proceed();
        if (dispatch != null) {
            unitOfWork.onPrepareCommit(u -> {
                Long version = AggregateVersions.of(u, dispatch.aggregateId()).orElse(null);
                dispatch.version(version);
                if (pending != null && version != null) {
                    idempotencyStore.complete(pending.key(), pending.complete(version));
                }
            });
        }
        return result;
    }
}
