package org.entente.membership.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.membership.coalition.Coalition;
import org.entente.membership.exit.Milestone;
import org.entente.membership.member.Member;
import org.entente.membership.member.Partner;
import org.entente.membership.pledge.Pledge;
import org.entente.membership.support.DomesticSupportSeries;
import org.entente.platform.relay.PublicEvent;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every internal event has a public form, and the public form says exactly what the internal event says. */
class MembershipPublicEventsTest {

    private final MembershipPublicEvents mapper = new MembershipPublicEvents();
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

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

            JsonNode internalJson = json.valueToTree(event);
            JsonNode publicJson = EnvelopeCodec.toData(published.data());
            assertThat(publicJson).as(internal.getSimpleName()).isEqualTo(internalJson);
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

    /** An instance of a record with every component filled in, so that a missing field shows as a difference. */
    static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType(), components[i].getName());
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> type, Type generic, String name) throws Exception {
        if (type == String.class) {
            return name + "-value";
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("1500.50");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2011, 3, 31);
        }
        if (type == Instant.class) {
            return Instant.parse("2011-03-31T06:00:00Z");
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type == List.class && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] == String.class) {
            return List.of(name + "-1", name + "-2");
        }
        if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("no sample for " + type + " " + name);
    }
}
