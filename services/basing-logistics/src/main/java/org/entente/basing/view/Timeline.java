package org.entente.basing.view;

import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The facts of one record in effect at an instant, on two time axes: keep what had been recorded by {@code knownAt},
 * and of that what was in effect at {@code asOf}, in recording order. Every event carries the record's full view as it
 * was recorded, so the order of recording is the order of the facts: an event takes effect at the latest of its own
 * effective time and those of all events recorded before it. A backdated fact (a cascade effective from an earlier
 * membership decision, say) thus takes effect together with the last fact recorded before it rather than being
 * overtaken by them, and the record's first event comes first whatever its date. Nothing exists before the first
 * event is in effect. Recorded in the order of their dates, as most are, events take effect at their own dates.
 */
final class Timeline {

    private Timeline() {
    }

    static List<RecordedEvent> inEffect(List<RecordedEvent> history, Perspective perspective) {
        List<RecordedEvent> ordered = new ArrayList<>();
        Instant takesEffect = Instant.MIN;
        for (RecordedEvent event : history.stream().filter(perspective::knows)
                .sorted(Comparator.comparingLong(RecordedEvent::sequence)).toList()) {
            takesEffect = event.effectiveTime().isAfter(takesEffect) ? event.effectiveTime() : takesEffect;
            if (takesEffect.isAfter(perspective.asOf())) {
                break; // and so is every event recorded after it
            }
            ordered.add(event);
        }
        return ordered;
    }

    /** The last event recorded by {@code knownAt}, in effect or not: the version a conditional command is based on. */
    static long knownVersion(List<RecordedEvent> history, Perspective perspective) {
        return history.stream().filter(perspective::knows).mapToLong(RecordedEvent::sequence).max().orElse(-1);
    }

    static long version(List<RecordedEvent> inEffect) {
        return inEffect.stream().mapToLong(RecordedEvent::sequence).max().orElse(-1);
    }
}
