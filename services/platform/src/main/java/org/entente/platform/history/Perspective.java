package org.entente.platform.history;

import org.entente.platform.web.InvalidInput;

import java.time.Clock;
import java.time.Instant;

/**
 * The two time axes of a query: the state as it was true at {@code asOf} (effective time), according to what had been
 * recorded by {@code knownAt} (recorded time). Both default to now. A backdated entry makes them differ: asked with a
 * {@code knownAt} before it was entered, the past looks as it was then believed to be.
 */
public record Perspective(Instant asOf, Instant knownAt) {

    public static Perspective of(Instant asOf, Instant knownAt, Clock clock) {
        Instant now = clock.instant();
        Perspective perspective = new Perspective(asOf == null ? now : asOf, knownAt == null ? now : knownAt);
        if (knownAt != null && knownAt.isAfter(now)) {
            throw new InvalidInput("knownAt", "cannot lie in the future: nothing is known yet of what will be recorded");
        }
        return perspective;
    }

    public static Perspective now(Clock clock) {
        Instant now = clock.instant();
        return new Perspective(now, now);
    }

    /** Had the event been recorded by {@code knownAt}? */
    public boolean knows(RecordedEvent event) {
        return !event.recordedTime().isAfter(knownAt);
    }

    /** Was what the event states in effect at {@code asOf}? */
    public boolean inEffect(RecordedEvent event) {
        return !event.effectiveTime().isAfter(asOf);
    }
}
