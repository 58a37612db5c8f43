package org.entente.platform.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * One byte form per JSON value, so that a hash computed when an event is stored can be computed again, byte for byte,
 * from what the store returns years later: object keys sorted, no insignificant white space, decimals exactly as
 * written (no trailing-zero stripping, no floating point).
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true)
            .build();

    private CanonicalJson() {
    }

    /** The canonical form of a JSON document. */
    public static byte[] of(byte[] json) {
        try {
            return write(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON", e);
        }
    }

    /** The canonical form of a string-keyed map (event metadata). */
    public static byte[] ofMap(Map<String, ?> values) {
        return write(MAPPER.valueToTree(new TreeMap<>(values)));
    }

    private static byte[] write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
