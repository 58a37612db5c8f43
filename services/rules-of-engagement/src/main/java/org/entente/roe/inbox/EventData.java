package org.entente.roe.inbox;

import org.entente.contracts.ContractType;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.platform.inbox.Poison;

/**
 * Reads another service's event as the record of the shared contract its catalogue registers for the type, so a
 * renamed or retyped field breaks the build here rather than silently reading nothing. An event of another schema
 * version, data that does not fit the record, or a field the contract requires and the event lacks make it poison:
 * it goes to the dead-letter topic rather than being half-applied.
 */
public final class EventData {

    private EventData() {
    }

    /** The event's data as {@code type}'s contract record; {@code type} is the catalogue's entry for the event. */
    public static <T> T decode(EventEnvelope event, ContractType type, Class<T> record) {
        if (event.schemaVersion() != type.schemaVersion()) {
            throw new Poison(event.type() + " schema version " + event.schemaVersion() + " is not understood");
        }
        if (event.data() == null || !event.data().isObject()) {
            throw new Poison(event.type() + " " + event.id() + " has no data object");
        }
        try {
            return EnvelopeCodec.data(event, record);
        } catch (IllegalArgumentException e) {
            throw new Poison(event.type() + " " + event.id() + ": " + e.getMessage(), e);
        }
    }

    /** A value the contract requires; poison when the event lacks it. */
    public static String required(EventEnvelope event, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new Poison(event.type() + " " + event.id() + " lacks " + field);
        }
        return value;
    }
}
