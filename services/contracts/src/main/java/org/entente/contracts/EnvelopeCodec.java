package org.entente.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * Reads and writes envelopes and their data. Consumers should tolerate fields they do not know (a minor, compatible
 * change adds fields without a new schema version), so unknown properties are ignored.
 */
public final class EnvelopeCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // 1500000.50 EUR must stay 1500000.50, not become 1500000.5
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private EnvelopeCodec() {
    }

    public static byte[] encode(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode envelope " + envelope.id(), e);
        }
    }

    public static EventEnvelope decode(byte[] json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an Entente event envelope", e);
        }
    }

    /** The envelope's data as the contract type registered for its type and schema version. */
    public static <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return MAPPER.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data of " + envelope.type() + " v" + envelope.schemaVersion()
                    + " does not match " + type.getSimpleName(), e);
        }
    }

    /** Turns a contract record into envelope data. */
    public static JsonNode toData(Object contractEvent) {
        return MAPPER.valueToTree(contractEvent);
    }
}
