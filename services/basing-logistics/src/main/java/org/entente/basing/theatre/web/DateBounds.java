package org.entente.basing.theatre.web;

import org.entente.platform.web.InvalidInput;

import java.time.Instant;

/**
 * The instants a request may carry: from 1900 to 2200 (exclusive). Anything outside is a typing mistake, not a plan,
 * and would only overflow the arithmetic of lead times and validity further on; it is refused with 400, naming the
 * field.
 */
public final class DateBounds {

    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private DateBounds() {
    }

    /** @return {@code instant}, if null or within the bounds */
    public static Instant check(Instant instant, String field) {
        if (instant != null && (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST))) {
            throw new InvalidInput(field, "must lie from " + EARLIEST + " to before " + LATEST + ", not " + instant);
        }
        return instant;
    }
}
