package org.entente.basing.publication;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.entente.basing.agreement.AgreementEvent;
import org.entente.basing.clearance.ClearanceEvent;
import org.entente.contracts.ContractType;
import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.platform.relay.PublicEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.testing.ContractSamples.assertCarriesEveryField;
import static org.entente.testing.ContractSamples.sample;

/** Every internal event has a public form, and the public form says exactly what the internal event says. */
class BasingLogisticsPublicEventsTest {

    private final BasingLogisticsPublicEvents mapper = new BasingLogisticsPublicEvents();

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
                .filter(type -> !type.isInterface() && type != Object.class) // the catch-all for foreign histories
                .forEach(applied::add);
        return applied;
    }

    @Test
    void everyEventTheAggregatesApplyHasAPublicFormAndEveryContractTypeIsUsed() {
        Set<Class<?>> applied = appliedEvents();
        assertThat(applied).hasSize(25);
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
            assertCarriesEveryField(event, published.data());
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
}
