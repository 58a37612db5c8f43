package org.entente.commandstructure.publication;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.entente.commandstructure.authority.ForcePlacement;
import org.entente.commandstructure.operation.Operation;
import org.entente.commandstructure.tasking.Tasking;
import org.entente.contracts.commandstructure.v1.CommandStructureEventsV1;
import org.entente.platform.relay.PublicEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.testing.ContractSamples.assertCarriesEveryField;
import static org.entente.testing.ContractSamples.sample;

/** Every internal event has a public form, and the public form says exactly what the internal event says. */
class CommandStructurePublicEventsTest {

    private final CommandStructurePublicEvents mapper = new CommandStructurePublicEvents();

    @Test
    void everyEventTheAggregateAppliesHasAPublicFormAndEveryContractTypeIsUsed() {
        Set<Class<?>> applied = Stream.of(Operation.class, ForcePlacement.class, Tasking.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(EventSourcingHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());

        assertThat(CommandStructurePublicEvents.CONTRACTS.keySet()).containsAll(applied);
        assertThat(CommandStructurePublicEvents.CONTRACTS.values()).containsExactlyInAnyOrderElementsOf(
                CommandStructureEventsV1.TYPES.stream().map(t -> t.dataType()).toList());
    }

    @Test
    void thePublicFormCarriesEveryFieldWithTheSameValueAndTheSameName() throws Exception {
        for (Class<?> internal : CommandStructurePublicEvents.CONTRACTS.keySet()) {
            Object event = sample(internal);
            PublicEvent published = mapper.toPublic(new GenericDomainEventMessage<>("Operation", "op-1", 0, event))
                    .orElseThrow();
            assertCarriesEveryField(event, published.data());
            assertThat(published.type().name()).isEqualTo("entente.command-structure." + internal.getSimpleName());
            assertThat(published.data().getClass().getSimpleName()).isEqualTo(internal.getSimpleName());
        }
    }

    @Test
    void anEventWithoutAPublicFormStopsTheRelayInsteadOfBeingSkipped() {
        record Unpublished(String operationId) {
        }
        assertThatThrownBy(() -> mapper.toPublic(new GenericDomainEventMessage<>("Operation", "op-1", 0,
                new Unpublished("op-1")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no public form");
    }

    @Test
    void theMapperPublishesOnTheCommandStructureTopicAsItsSource() {
        assertThat(mapper.topic()).isEqualTo("entente.command-structure.v1");
        assertThat(mapper.source()).isEqualTo("/entente/command-structure");
    }
}
