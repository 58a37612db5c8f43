package org.entente.roe.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.entente.contracts.ContractType;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.roe.v1.RulesOfEngagementEventsV1;
import org.entente.platform.relay.PublicEvent;
import org.entente.roe.caveat.Caveat;
import org.entente.roe.caveat.NationalCaveats;
import org.entente.roe.profile.MeasureEntry;
import org.entente.roe.profile.RoeProfile;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every internal event has a public form, and the public form says exactly what the internal event says. */
class RoePublicEventsTest {

    private final RoePublicEvents mapper = new RoePublicEvents();
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

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

            JsonNode internalJson = json.valueToTree(event);
            JsonNode publicJson = EnvelopeCodec.toData(published.data());
            assertThat(publicJson).as(internal.getSimpleName()).isEqualTo(internalJson);
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

    private static Object value(Class<?> type, Type generic, String name) {
        if (type == String.class) {
            return name + "-value";
        }
        if (type == Instant.class) {
            return Instant.parse("2011-03-31T06:00:00Z");
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type == List.class && generic instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            if (element == String.class) {
                return List.of(name + "-1", name + "-2");
            }
            if (element instanceof Class<?> enumType && enumType.isEnum()) {
                return List.of(enumType.getEnumConstants());
            }
        }
        throw new IllegalArgumentException("no sample for " + type + " " + name);
    }
}
