package org.entente.basing.view;

import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The facts of one record in effect at an instant, on two time axes: keep what had been recorded by {@code knownAt},
 * keep what was in effect at {@code asOf}, and order it by effective time (recording order breaks ties). The record's
 * first event comes first whatever its date: a later fact dated before it (a cascade effective from an earlier
 * membership decision, say) takes effect together with it rather than being lost. Nothing exists before the first
 * event is in effect.
 */
final class Timeline {

    private Timeline() {
    }

    static List<RecordedEvent> inEffect(List<RecordedEvent> history, Perspective perspective) {
        List<RecordedEvent> known = history.stream().filter(perspective::knows).toList();
        if (known.isEmpty() || !perspective.inEffect(known.get(0))) {
            return List.of();
        }
        List<RecordedEvent> ordered = new ArrayList<>();
        ordered.add(known.get(0));
        known.stream().skip(1).filter(perspective::inEffect)
                .sorted(Comparator.comparing(RecordedEvent::effectiveTime).thenComparingLong(RecordedEvent::sequence))
                .forEach(ordered::add);
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
