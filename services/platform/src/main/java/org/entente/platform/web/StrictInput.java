package org.entente.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.entente.contracts.Bounds;

/**
 * Request bodies hold only what every service downstream can store ({@link Bounds}): text without control characters,
 * times and dates as ISO-8601 text within the bounds (a bare number — seconds? milliseconds? days? — is refused as the
 * wrong type), decimals of a sane size. Anything else is a 400 naming the field, before any handler runs.
 */
public final class StrictInput {

    private StrictInput() {
    }

    public static JsonDeserializer<String> text() {
        return new Checked<>(String.class, StringDeserializer.instance, Bounds::printable,
                "must not contain control characters (such as NUL) or unpaired surrogates", false);
    }

    public static JsonDeserializer<Instant> instant() {
        return new Checked<>(Instant.class, InstantDeserializer.INSTANT, Bounds::within,
                "must lie from " + Bounds.EARLIEST + " to before " + Bounds.LATEST, true);
    }

    public static JsonDeserializer<LocalDate> localDate() {
        return new Checked<>(LocalDate.class, LocalDateDeserializer.INSTANCE, Bounds::within,
                "must lie from " + Bounds.EARLIEST_DATE + " to before " + Bounds.LATEST_DATE, true);
    }

    public static JsonDeserializer<BigDecimal> decimal() {
        return new Checked<>(BigDecimal.class, NumberDeserializers.BigDecimalDeserializer.instance,
                StrictInput::saneDecimal, "must have at most " + Bounds.DECIMAL_INTEGER_DIGITS
                + " digits before the decimal point and " + Bounds.DECIMAL_FRACTION_DIGITS + " after it", false);
    }

    private static boolean saneDecimal(BigDecimal value) {
        long integerDigits = (long) value.precision() - value.scale(); // long: 1E+2147483647 overflows an int
        return integerDigits <= Bounds.DECIMAL_INTEGER_DIGITS
                && value.stripTrailingZeros().scale() <= Bounds.DECIMAL_FRACTION_DIGITS;
    }

    private static final class Checked<T> extends StdScalarDeserializer<T> {

        private final JsonDeserializer<T> delegate;
        private final Predicate<T> valid;
        private final String rule;
        private final boolean textOnly;

        Checked(Class<T> type, JsonDeserializer<T> delegate, Predicate<T> valid, String rule, boolean textOnly) {
            super(type);
            this.delegate = delegate;
            this.valid = valid;
            this.rule = rule;
            this.textOnly = textOnly;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (textOnly && parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            T value = delegate.deserialize(parser, context);
            if (value != null && !valid.test(value)) {
                throw new OutOfBounds(parser, rule, handledType());
            }
            return value;
        }
    }

    /** A value of the right type outside what {@link Bounds} allows; its message is the rule it breaks. */
    public static final class OutOfBounds extends InvalidFormatException {

        OutOfBounds(JsonParser parser, String rule, Class<?> type) {
            super(parser, rule, null, type);
        }
    }
}
