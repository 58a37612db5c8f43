package org.entente.membership.publication;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.membership.coalition.Coalition;
import org.entente.membership.exit.Milestone;
import org.entente.membership.member.Member;
import org.entente.membership.member.Partner;
import org.entente.membership.pledge.Pledge;
import org.entente.membership.support.DomesticSupportSeries;
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
class MembershipPublicEventsTest {

    private final MembershipPublicEvents mapper = new MembershipPublicEvents();

    @Test
    void everyEventTheAggregatesApplyHasAPublicForm() {
        Set<Class<?>> applied = Stream.of(Coalition.class, Member.class, Partner.class, Pledge.class, Milestone.class,
                        DomesticSupportSeries.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(EventSourcingHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());

        assertThat(MembershipPublicEvents.CONTRACTS.keySet()).containsAll(applied);
        assertThat(MembershipPublicEvents.CONTRACTS.values()).containsExactlyInAnyOrderElementsOf(
                MembershipEventsV1.TYPES.stream().map(t -> t.dataType()).toList());
    }

    @Test
    void thePublicFormCarriesEveryFieldWithTheSameValue() throws Exception {
        for (Class<?> internal : MembershipPublicEvents.CONTRACTS.keySet()) {
            Object event = sample(internal);
            PublicEvent published = mapper.toPublic(new GenericDomainEventMessage<>("Coalition", "c-1", 0, event))
                    .orElseThrow();
            assertCarriesEveryField(event, published.data());
            assertThat(published.type().name()).isEqualTo("entente.membership." + internal.getSimpleName());
        }
    }

    @Test
    void anEventWithoutAPublicFormStopsTheRelayInsteadOfBeingSkipped() {
        record Unpublished(String coalitionId) {
        }
        assertThatThrownBy(() -> mapper.toPublic(new GenericDomainEventMessage<>("Coalition", "c-1", 0,
                new Unpublished("c-1")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no public form");
    }
}
