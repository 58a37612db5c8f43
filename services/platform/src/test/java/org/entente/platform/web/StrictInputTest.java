package org.entente.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictInputTest {

    record Request(String name, List<String> objectives, Instant effectiveTime, LocalDate dueDate, BigDecimal value) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule()
                    .addDeserializer(String.class, StrictInput.text())
                    .addDeserializer(Instant.class, StrictInput.instant())
                    .addDeserializer(LocalDate.class, StrictInput.localDate())
                    .addDeserializer(BigDecimal.class, StrictInput.decimal()))
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static Request read(String json) throws Exception {
        return MAPPER.readValue(json, Request.class);
    }

    @Test
    void plausibleValuesPass() throws Exception {
        Request request = read("{\"name\":\"Unified Protector\\twith a tab\",\"objectives\":[\"protect civilians\"],"
                + "\"effectiveTime\":\"2011-03-23T00:00:00Z\",\"dueDate\":\"2199-12-31\",\"value\":20000000.5}");
        assertThat(request.name()).isEqualTo("Unified Protector\twith a tab");
        assertThat(request.value()).isEqualByComparingTo("20000000.5");
        assertThat(read("{\"name\":\"\uD83C\uDDF3\uD83C\uDDF4 Norge\"}").name()).startsWith("\uD83C");
    }

    @Test
    void textWithControlCharactersOrHalfASurrogatePairIsRefusedNamingTheField() {
        assertRefused("{\"name\":\"Unified\\u0000Protector\"}", "name", "control characters");
        assertRefused("{\"objectives\":[\"ok\",\"\\u001b[31m\"]}", "objectives", "control characters");
        assertRefused("{\"name\":\"half \\ud800 a pair\"}", "name", "unpaired surrogates");
    }

    @Test
    void timesOutsideTheBoundsOrAsNumbersAreRefused() {
        assertRefused("{\"effectiveTime\":\"2200-01-01T00:00:00Z\"}", "effectiveTime", "must lie from");
        assertRefused("{\"effectiveTime\":\"1899-12-31T23:59:59Z\"}", "effectiveTime", "must lie from");
        assertRefused("{\"dueDate\":\"+999999999-12-31\"}", "dueDate", "");
        assertRefused("{\"dueDate\":\"2200-01-01\"}", "dueDate", "must lie from");
        assertThatThrownBy(() -> read("{\"effectiveTime\":1300000000}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void decimalsOfAbsurdSizeAreRefused() {
        assertRefused("{\"value\":1E+2147483647}", "value", "digits before the decimal point");
        assertRefused("{\"value\":1E-400}", "value", "digits before the decimal point");
        assertRefused("{\"value\":1234567890123456789}", "value", "digits before the decimal point");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> read("{\"name\":\"a\",\"name\":\"b\"}")).isInstanceOf(StreamReadException.class)
                .hasMessageContaining("Duplicate field 'name'");
    }

    private static void assertRefused(String json, String field, String rule) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(((MismatchedInputException) e).getPath().get(0).getFieldName())
                        .isEqualTo(field))
                .hasMessageContaining(rule);
    }
}
