package org.entente.commandstructure.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.entente.commandstructure.authority.ForcePlacement;
import org.entente.commandstructure.operation.Operation;
import org.entente.commandstructure.tasking.Tasking;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.commandstructure.v1.CommandStructureEventsV1;
import org.entente.platform.relay.PublicEvent;
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
class CommandStructurePublicEventsTest {

    private final CommandStructurePublicEvents mapper = new CommandStructurePublicEvents();
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

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

            JsonNode internalJson = json.valueToTree(event);
            JsonNode publicJson = EnvelopeCodec.toData(published.data());
            assertThat(publicJson).as(internal.getSimpleName()).isEqualTo(internalJson);
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
        if (type == int.class) {
            return 42;
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
                return List.of(enumType.getEnumConstants()[0], enumType.getEnumConstants()[1]);
            }
        }
        throw new IllegalArgumentException("no sample for " + type + " " + name);
    }
}
