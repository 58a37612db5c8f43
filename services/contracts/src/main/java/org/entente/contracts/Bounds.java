package org.entente.contracts;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What every value that crosses a topic stays within, declared once: the services refuse anything else where it
 * enters (HTTP, 400 naming the field), and every consumer stores whatever lies within.
 */
public final class Bounds {

    /** An id of a record; ids a service makes are UUIDs, ids a client names are {@code [A-Za-z0-9-]{1,64}}. */
    public static final int ID = 64;
    /** A nation's code: ISO 3166 alpha-3, or an organisation's code such as ECOWAS. */
    public static final int NATION = 6;
    /** The name of a value of a closed vocabulary (an enum): a status, a kind, a degree of authority. */
    public static final int CODE = 40;
    /** An exercise's id, as the X-Exercise-Id header gives it. */
    public static final int EXERCISE_ID = 100;
    /** Short codes and labels: a force type, a clearance number. */
    public static final int SHORT = 100;
    /** A name or a reference: of a coalition, an operation, a resolution, a measure's parameter. */
    public static final int NAME = 200;
    /** A place or a longer label: a site, a route's ends, an authority, an aircraft. */
    public static final int LABEL = 300;
    /** One statement: an objective, a criterion, the area of a mandate. */
    public static final int STATEMENT = 500;
    /** A note: a reason or description given in passing. */
    public static final int NOTE = 1000;
    /** Free text: a rationale, a recall reason, a caveat's description. */
    public static final int TEXT = 2000;

    /** The first instant a time may name: earlier is a typing mistake, not history. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** Times lie before this instant: later ones only overflow the arithmetic of consumers' timestamps. */
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    /** The first date a date may name. */
    public static final LocalDate EARLIEST_DATE = LocalDate.ofInstant(EARLIEST, ZoneOffset.UTC);
    /** Dates lie before this one. */
    public static final LocalDate LATEST_DATE = LocalDate.ofInstant(LATEST, ZoneOffset.UTC);

    /** An envelope's id, source, subject and type: what every consumer keeps of any event it receives. */
    public static final int EVENT_ID = 100;
    public static final int SOURCE = 200;
    public static final int SUBJECT = 200;
    public static final int EVENT_TYPE = 300;

    /** A list of statements (objectives, criteria, conditions). */
    public static final int ITEMS = 50;
    /** Nations a record is releasable to. */
    public static final int NATIONS = 300;

    /** A decimal (an amount) has at most this many digits before the point and this many after it. */
    public static final int DECIMAL_INTEGER_DIGITS = 18;
    public static final int DECIMAL_FRACTION_DIGITS = 6;

    private Bounds() {
    }

    /** The length bound {@link Bounded} declares for {@code component} of the contract record {@code record}. */
    public static int lengthOf(Class<? extends Record> record, String component) {
        for (RecordComponent candidate : record.getRecordComponents()) {
            if (candidate.getName().equals(component)) {
                Bounded bound = candidate.getAnnotation(Bounded.class);
                if (bound == null || bound.length() <= 0) {
                    throw new IllegalArgumentException(record.getSimpleName() + "." + component + " declares no length");
                }
                return bound.length();
            }
        }
        throw new IllegalArgumentException(record.getSimpleName() + " has no component " + component);
    }

    public static boolean within(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
    }

    public static boolean within(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && date.isBefore(LATEST_DATE);
    }

    /**
     * Whether {@code text} holds only characters every consumer can store: no control characters (NUL, ESC, ...)
     * except tab, line feed and carriage return, and no unpaired surrogate (not valid UTF-8).
     */
    public static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
