package org.entente.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Times and dates in requests are ISO-8601 text only: a bare number (seconds? milliseconds? days?) or an array is
 * refused as the wrong type instead of being read one of several ways.
 */
public final class TextOnlyTimes {

    private TextOnlyTimes() {
    }

    public static JsonDeserializer<Instant> instant() {
        return new TextOnly<>(Instant.class, InstantDeserializer.INSTANT);
    }

    public static JsonDeserializer<LocalDate> localDate() {
        return new TextOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE);
    }

    private static final class TextOnly<T> extends StdDeserializer<T> {

        private final JsonDeserializer<T> delegate;

        TextOnly(Class<T> type, JsonDeserializer<T> delegate) {
            super(type);
            this.delegate = delegate;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            return delegate.deserialize(parser, context);
        }
    }
}
