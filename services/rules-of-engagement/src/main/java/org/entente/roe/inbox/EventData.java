package org.entente.roe.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.contracts.EventEnvelope;
import org.entente.platform.inbox.Poison;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of another service's event by the names of the shared contract, straight from the envelope's JSON
 * (those services' contract records are written concurrently; the names are what is agreed). A field the contract
 * requires and the event lacks makes the event poison: it goes to the dead-letter topic rather than being half-applied.
 */
public final class EventData {

    private final EventEnvelope event;
    private final JsonNode data;

    private EventData(EventEnvelope event) {
        this.event = event;
        this.data = event.data();
        if (data == null || !data.isObject()) {
            throw new Poison(event.type() + " " + event.id() + " has no data object");
        }
    }

    public static EventData of(EventEnvelope event) {
        return new EventData(event);
    }

    public String text(String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new Poison(event.type() + " " + event.id() + " lacks " + field);
        }
        return value.asText();
    }

    public String optionalText(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public Integer optionalInt(String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt()) {
            throw new Poison(event.type() + " " + event.id() + ": " + field + " is not a whole number");
        }
        return value.asInt();
    }

    public Instant optionalInstant(String field) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Poison(event.type() + " " + event.id() + ": " + field + " is not an instant: " + text, e);
        }
    }

    public List<String> texts(String field) {
        JsonNode value = data.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (!value.isArray()) {
            throw new Poison(event.type() + " " + event.id() + ": " + field + " is not a list");
        }
        value.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** The simple name of the event type, e.g. {@code ForceRecalled}, for a type of the given source prefix. */
    public static String simpleType(EventEnvelope event, String prefix) {
        return event.type() != null && event.type().startsWith(prefix) ? event.type().substring(prefix.length()) : "";
    }

    /** Only version 1 of the shared contracts is understood; anything else is refused rather than misread. */
    public static void requireVersion1(EventEnvelope event) {
        if (event.schemaVersion() != 1) {
            throw new Poison(event.type() + " schema version " + event.schemaVersion() + " is not understood");
        }
    }
}
