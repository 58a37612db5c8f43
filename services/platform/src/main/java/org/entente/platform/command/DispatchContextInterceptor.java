package org.entente.platform.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.entente.platform.eventstore.AggregateVersions;


/**
 * Runs inside the command's unit of work and transaction. After the handler ran, it registers a prepare-commit step
 * that comes after the event store's (Axon runs prepare-commit steps in registration order, and the store registered
 * when the first event was applied): the events are then appended, their versions known, and the idempotency record
 * is inserted in the same transaction.
 */
class DispatchContextInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final IdempotencyStore idempotencyStore;

    DispatchContextInterceptor(IdempotencyStore idempotencyStore) {
        this.idempotencyStore = idempotencyStore;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        Object context = unitOfWork.getMessage().getMetaData().get(DispatchContext.METADATA_KEY);
        Object result = interceptorChain.proceed();
        if (context instanceof DispatchContext dispatch) {
            unitOfWork.onPrepareCommit(u -> {
                Long version = AggregateVersions.of(u, dispatch.aggregateId()).orElse(null);
                dispatch.version(version);
                if (dispatch.pending() != null && version != null) {
                    idempotencyStore.insert(dispatch.pending().key(), dispatch.pending().complete(version));
                }
            });
        }
        return result;
    }
}
