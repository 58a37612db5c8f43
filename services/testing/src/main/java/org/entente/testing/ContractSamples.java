package org.entente.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.entente.contracts.EnvelopeCodec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's publication test needs to show that the public form of an internal event says exactly what
 * the internal event says: a sample of the event with every component filled in, and the field-by-field comparison.
 */
public final class ContractSamples {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private ContractSamples() {
    }

    /** An instance of a record with every component filled in, so that a missing field shows as a difference. */
    public static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType(), components[i].getName());
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    /** The public form (a contract record) carries every field of the internal event, by the same name and value. */
    public static void assertCarriesEveryField(Object internalEvent, Object publicData) {
        assertThat(EnvelopeCodec.toData(publicData)).as(internalEvent.getClass().getSimpleName())
                .isEqualTo(JSON.valueToTree(internalEvent));
    }

    private static Object value(Class<?> type, Type generic, String name) throws Exception {
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
        if (type == List.class && generic instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            if (element == String.class) {
                return List.of(name + "-1", name + "-2");
            }
            if (element instanceof Class<?> enumType && enumType.isEnum()) {
                return List.of(enumType.getEnumConstants());
            }
        }
        if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("no sample for " + type + " " + name);
    }
}
