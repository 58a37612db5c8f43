package org.entente.commandstructure.view;

import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;

import java.util.Comparator;
import java.util.List;

/**
 * Reconstructs an operation at any instant from its full history, on two time axes: keep what had been recorded by
 * {@code knownAt}, keep what was in effect at {@code asOf}, and fold that in effective-time order (recording order
 * breaks ties). So a transfer of authority entered today but effective last month shows in last month's order of
 * battle — unless the question is asked as known before it was entered. The aggregate is never involved.
 */
public final class OperationTimeline {

    private OperationTimeline() {
    }

    public static OperationView at(List<RecordedEvent> history, Perspective perspective) {
        List<RecordedEvent> known = history.stream().filter(perspective::knows).toList();
        OperationView view = new OperationView(known.isEmpty() ? -1 : known.get(known.size() - 1).sequence());
        known.stream()
                .filter(perspective::inEffect)
                .sorted(Comparator.comparing(RecordedEvent::effectiveTime).thenComparingLong(RecordedEvent::sequence))
                .forEach(view::apply);
        return view;
    }
}
