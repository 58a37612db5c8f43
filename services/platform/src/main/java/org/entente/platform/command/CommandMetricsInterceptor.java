package org.entente.platform.command;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.concurrent.atomic.AtomicReference;


/**
 * Counts commands by outcome: {@code entente.commands{command, outcome=accepted|rejected, reason}}. A command counts as
 * accepted once its transaction committed, and as rejected when it rolled back, with the reason's type.
 */
class CommandMetricsInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;

    CommandMetricsInterceptor(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        AtomicReference<Throwable> handlerFailure = new AtomicReference<>();
        unitOfWork.afterCommit(u -> counter(command, "accepted", "none").increment());
        unitOfWork.onRollback(u -> {
            Throwable cause = handlerFailure.get();
            if (cause == null && u.getExecutionResult() != null && u.getExecutionResult().isExceptionResult()) {
                cause = u.getExecutionResult().getExceptionResult();
            }
            counter(command, "rejected", cause == null ? "unknown" : cause.getClass().getSimpleName()).increment();
        });
        try {
            return interceptorChain.proceed();
        } catch (Exception e) {
            handlerFailure.set(e);
            throw e;
        }
    }

    private Counter counter(String command, String outcome, String reason) {
        return Counter.builder("entente.commands")
                .description("Commands handled, by outcome")
                .tag("command", command).tag("outcome", outcome).tag("reason", reason)
                .register(registry);
    }
}
