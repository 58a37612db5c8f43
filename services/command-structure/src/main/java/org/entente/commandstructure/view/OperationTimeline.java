package org.entente.commandstructure.view;

import org.entente.commandstructure.authority.ForcePlacedUnderAuthority;
import org.entente.commandstructure.authority.ForceRecalled;
import org.entente.commandstructure.authority.ForceReturnedToNationalCommand;
import org.entente.commandstructure.operation.LeadNationDesignated;
import org.entente.commandstructure.operation.LeadNationVacated;
import org.entente.commandstructure.tasking.TaskingApproved;
import org.entente.commandstructure.tasking.TaskingAwaitingApproval;
import org.entente.commandstructure.tasking.TaskingEnded;
import org.entente.commandstructure.tasking.TaskingIssued;
import org.entente.commandstructure.tasking.TaskingVetoed;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconstructs an operation at any instant from its full history, on two time axes: keep what had been recorded by
 * {@code knownAt}, keep what was in effect at {@code asOf}, and fold that in effective-time order (recording order
 * breaks ties). So a transfer of authority entered today but effective last month shows in last month's order of
 * battle — unless the question is asked as known before it was entered.
 * <p>
 * An end (a force recalled or returned, a tasking ended, the lead vacated) ends what was recorded before it, even when
 * dated earlier: a withdrawal effective 1 March returns the force placed effective 5 March, as the aggregate did. It
 * is therefore folded no earlier than the latest in-effect fact it ends. The aggregate is never involved.
 */
public final class OperationTimeline {

    private OperationTimeline() {
    }

    public static OperationView at(List<RecordedEvent> history, Perspective perspective) {
        List<RecordedEvent> known = history.stream().filter(perspective::knows).toList();
        OperationView view = new OperationView(known.isEmpty() ? -1 : known.get(known.size() - 1).sequence());
        List<RecordedEvent> inEffect = known.stream().filter(perspective::inEffect)
                .sorted(Comparator.comparingLong(RecordedEvent::sequence)).toList();
        Map<String, Instant> latestBegun = new HashMap<>();
        List<Folded> folded = new ArrayList<>(inEffect.size());
        for (RecordedEvent event : inEffect) {
            Instant at = event.effectiveTime();
            String begins = begins(event.payload());
            if (begins != null) {
                latestBegun.merge(begins, at, (a, b) -> a.isAfter(b) ? a : b);
            }
            Instant begun = latestBegun.get(ends(event.payload()));
            folded.add(new Folded(event, begun != null && begun.isAfter(at) ? begun : at));
        }
        folded.stream()
                .sorted(Comparator.comparing(Folded::at).thenComparingLong(f -> f.event().sequence()))
                .forEach(f -> view.apply(f.event(), f.at()));
        return view;
    }

    /** An event and when the fold takes it as in effect: its effective time, or later for an end dated early. */
    private record Folded(RecordedEvent event, Instant at) {
    }

    /** What a fact begins or changes that a later-recorded end may end; null when nothing. */
    private static String begins(Object payload) {
        if (payload instanceof ForcePlacedUnderAuthority e) {
            return "force:" + e.forceId();
        } else if (payload instanceof TaskingIssued e) {
            return "tasking:" + e.taskingId();
        } else if (payload instanceof TaskingAwaitingApproval e) {
            return "tasking:" + e.taskingId();
        } else if (payload instanceof TaskingApproved e) {
            return "tasking:" + e.taskingId();
        } else if (payload instanceof TaskingVetoed e) {
            return "tasking:" + e.taskingId();
        } else if (payload instanceof LeadNationDesignated) {
            return "lead";
        }
        return null;
    }

    /** What a fact ends; null when it ends nothing. */
    private static String ends(Object payload) {
        if (payload instanceof ForceRecalled e) {
            return "force:" + e.forceId();
        } else if (payload instanceof ForceReturnedToNationalCommand e) {
            return "force:" + e.forceId();
        } else if (payload instanceof TaskingEnded e) {
            return "tasking:" + e.taskingId();
        } else if (payload instanceof LeadNationVacated) {
            return "lead";
        }
        return null;
    }
}
