package org.entente.platform.relay;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.contracts.ContractType;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A service's public contract as a table: internal event type → v1 contract record. Strict: an internal field the
 * contract does not have fails the conversion, so an internal change cannot leak into the contract unnoticed; an
 * internal event missing from the table stops the relay rather than being skipped.
 */
public abstract class ContractMapper implements PublicEventMapper {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // 1500000.50 EUR must stay 1500000.50
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private final String service;
    private final String topic;
    private final String source;
    private final Map<Class<?>, Class<?>> contracts;
    private final Function<Class<?>, ContractType> catalogue;

    /**
     * @param contracts internal event type → contract record
     * @param catalogue the contract catalogue's lookup of a record's type, e.g. {@code MembershipEventsV1::of}
     */
    protected ContractMapper(String service, String topic, String source, Map<Class<?>, Class<?>> contracts,
                             Function<Class<?>, ContractType> catalogue) {
        this.service = service;
        this.topic = topic;
        this.source = source;
        this.contracts = Map.copyOf(contracts);
        this.catalogue = catalogue;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Optional<PublicEvent> toPublic(DomainEventMessage<?> event) {
        Class<?> contract = contracts.get(event.getPayloadType());
        if (contract == null) {
            throw new IllegalArgumentException(service + " event " + event.getPayloadType().getName()
                    + " has no public form; add it to the v1 contract or declare it internal");
        }
        return Optional.of(new PublicEvent(catalogue.apply(contract), STRICT.convertValue(event.getPayload(), contract)));
    }
}
