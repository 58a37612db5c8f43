package org.entente.basing.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.entente.basing.agreement.AgreementEvent;
import org.entente.basing.clearance.ClearanceEvent;
import org.entente.contracts.ContractType;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.platform.relay.PublicEvent;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every internal event has a public form, and the public form says exactly what the internal event says. */
class BasingLogisticsPublicEventsTest {

    private final BasingLogisticsPublicEvents mapper = new BasingLogisticsPublicEvents();
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** The events the aggregates apply: what their sourcing handlers take, and every agreement and clearance event. */
    private static Set<Class<?>> appliedEvents() {
        Set<Class<?>> applied = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.entente.basing").stream()
                .filter(JavaClass::isRecord)
                .map(JavaClass::reflect)
                .filter(type -> AgreementEvent.class.isAssignableFrom(type)
                        || ClearanceEvent.class.isAssignableFrom(type))
                .collect(Collectors.toSet());
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.entente.basing").stream()
                .flatMap(type -> Arrays.stream(type.reflect().getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(EventSourcingHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .filter(type -> !type.isInterface())
                .forEach(applied::add);
        return applied;
    }

    @Test
    void everyEventTheAggregatesApplyHasAPublicFormAndEveryContractTypeIsUsed() {
        Set<Class<?>> applied = appliedEvents();
        assertThat(applied).hasSize(24);
        assertThat(BasingLogisticsPublicEvents.CONTRACTS.keySet()).containsExactlyInAnyOrderElementsOf(applied);
        assertThat(BasingLogisticsPublicEvents.CONTRACTS.values()).containsExactlyInAnyOrderElementsOf(
                BasingLogisticsEventsV1.TYPES.stream().map(ContractType::dataType).toList());
    }

    @Test
    void thePublicFormCarriesEveryFieldWithTheSameValue() throws Exception {
        for (Class<?> internal : BasingLogisticsPublicEvents.CONTRACTS.keySet()) {
            Object event = sample(internal);
            PublicEvent published = mapper.toPublic(new GenericDomainEventMessage<>("BasingAgreement", "a-1", 0,
                    event)).orElseThrow();

            JsonNode internalJson = json.valueToTree(event);
            JsonNode publicJson = EnvelopeCodec.toData(published.data());
            assertThat(publicJson).as(internal.getSimpleName()).isEqualTo(internalJson);
            assertThat(published.type().name()).isEqualTo("entente.basing-logistics." + internal.getSimpleName());
            assertThat(published.type().dataType().getSimpleName()).isEqualTo(internal.getSimpleName());
        }
    }

    @Test
    void anEventWithoutAPublicFormStopsTheRelayInsteadOfBeingSkipped() {
        record Unpublished(String agreementId) {
        }
        assertThatThrownBy(() -> mapper.toPublic(new GenericDomainEventMessage<>("BasingAgreement", "a-1", 0,
                new Unpublished("a-1")))).isInstanceOf(IllegalArgumentException.class)
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
        if (type == int.class) {
            return 42;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("1500.50");
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
                Object[] constants = enumType.getEnumConstants();
                return List.of(constants[0], constants[constants.length - 1]);
            }
        }
        throw new IllegalArgumentException("no sample for " + type + " " + name);
    }
}
