package org.entente.platform.command;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;

/** Registers the platform's command handler interceptors; they run inside the command's transaction. */
public final class CommandInterceptors {

    private CommandInterceptors() {
    }

    public static Registration register(CommandBus commandBus, IdempotencyStore idempotencyStore,
                                        MeterRegistry meterRegistry) {
        Registration metrics = commandBus.registerHandlerInterceptor(new CommandMetricsInterceptor(meterRegistry));
        Registration dispatch = commandBus.registerHandlerInterceptor(new DispatchContextInterceptor(idempotencyStore));
        return () -> metrics.cancel() & dispatch.cancel();
    }
}
