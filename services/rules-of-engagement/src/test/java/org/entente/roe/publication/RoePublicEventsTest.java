package org.entente.roe.publication;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.entente.contracts.ContractType;
import org.entente.contracts.roe.v1.RulesOfEngagementEventsV1;
import org.entente.platform.relay.PublicEvent;
import org.entente.roe.caveat.Caveat;
import org.entente.roe.caveat.NationalCaveats;
import org.entente.roe.profile.MeasureEntry;
import org.entente.roe.profile.RoeProfile;
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
class RoePublicEventsTest {

    private final RoePublicEvents mapper = new RoePublicEvents();

    @Test
    void everyEventTheAggregatesApplyOrEmitHasAPublicForm() {
        Set<Class<?>> applied = Stream.of(RoeProfile.class, MeasureEntry.class, NationalCaveats.class, Caveat.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(EventSourcingHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());

        assertThat(RoePublicEvents.CONTRACTS.keySet()).containsAll(applied);
        assertThat(RoePublicEvents.CONTRACTS.values()).containsExactlyInAnyOrderElementsOf(
                RulesOfEngagementEventsV1.TYPES.stream().map(ContractType::dataType).toList());
        assertThat(mapper.topic()).isEqualTo("entente.rules-of-engagement.v1");
        assertThat(mapper.source()).isEqualTo("/entente/rules-of-engagement");
    }

    @Test
    void thePublicFormCarriesEveryFieldWithTheSameValue() throws Exception {
        for (Class<?> internal : RoePublicEvents.CONTRACTS.keySet()) {
            Object event = sample(internal);
            PublicEvent published = mapper.toPublic(new GenericDomainEventMessage<>("RoeProfile", "op-1", 0, event))
                    .orElseThrow();
            assertCarriesEveryField(event, published.data());
            assertThat(published.type().name())
                    .isEqualTo("entente.rules-of-engagement." + internal.getSimpleName());
        }
    }

    @Test
    void anEventWithoutAPublicFormStopsTheRelayInsteadOfBeingSkipped() {
        record Unpublished(String operationId) {
        }
        assertThatThrownBy(() -> mapper.toPublic(new GenericDomainEventMessage<>("RoeProfile", "op-1", 0,
                new Unpublished("op-1")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no public form");
    }
}
