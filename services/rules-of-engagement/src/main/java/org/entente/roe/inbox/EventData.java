package org.entente.roe.inbox;

import org.entente.contracts.EventEnvelope;
import org.entente.platform.inbox.Poison;

/**
 * A field the contract requires and an upstream event lacks makes the event poison: it goes to the dead-letter topic
 * rather than being half-applied. (The platform's typed reactions have refused another schema version, or data that
 * does not fit the contract record, before.)
 */
public final class EventData {

    private EventData() {
    }

    /** A value the contract requires; poison when the event lacks it. */
    public static String required(EventEnvelope event, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new Poison(event.type() + " " + event.id() + " lacks " + field);
        }
        return value;
    }
}
