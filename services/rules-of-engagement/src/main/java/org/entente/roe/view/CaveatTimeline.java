package org.entente.roe.view;

import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.entente.roe.caveat.CaveatArchived;
import org.entente.roe.caveat.CaveatDeclared;
import org.entente.roe.caveat.CaveatLifted;
import org.entente.roe.caveat.CaveatRecordClosed;
import org.entente.roe.caveat.CaveatStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A nation's caveats at any instant, folded from the record's full history like a profile: known by {@code knownAt},
 * in effect at {@code asOf}, in effective-time order; a lifting dated before its declaration takes effect with it.
 */
public final class CaveatTimeline {

    private CaveatTimeline() {
    }

    public static CaveatRecordState at(String coalitionId, String nation, List<RecordedEvent> history,
                                       Perspective perspective) {
        Map<String, CaveatState> caveats = new LinkedHashMap<>();
        Map<String, List<RecordedEvent>> early = new LinkedHashMap<>();
        boolean[] closed = {false};
        long[] version = {-1};
        List<RecordedEvent> ordered = history.stream().filter(perspective::knows).filter(perspective::inEffect)
                .sorted(Comparator.comparing(RecordedEvent::effectiveTime).thenComparingLong(RecordedEvent::sequence))
                .toList();
        for (RecordedEvent event : ordered) {
            apply(event, caveats, early, closed, version);
        }
        return new CaveatRecordState(coalitionId, nation, closed[0], List.copyOf(caveats.values()), version[0]);
    }

    private static void apply(RecordedEvent event, Map<String, CaveatState> caveats,
                              Map<String, List<RecordedEvent>> early, boolean[] closed, long[] version) {
        Object payload = event.payload();
        if (payload instanceof CaveatDeclared d) {
            caveats.put(d.caveatId(), new CaveatState(d.caveatId(), d.nation(), d.category(), d.forceId(),
                    d.measures(), d.series(), d.activities(), d.areas(), d.degrees(), d.from(), d.until(),
                    d.description(), CaveatStatus.IN_FORCE, Step.of(event), null, null));
            version[0] = Math.max(version[0], event.sequence());
            for (RecordedEvent waiting : early.getOrDefault(d.caveatId(), new ArrayList<>())) {
                apply(waiting, caveats, early, closed, version);
            }
            early.remove(d.caveatId());
            return;
        }
        if (payload instanceof CaveatRecordClosed) {
            closed[0] = true;
            version[0] = Math.max(version[0], event.sequence());
            return;
        }
        String caveatId = payload instanceof CaveatLifted l ? l.caveatId() : ((CaveatArchived) payload).caveatId();
        CaveatState caveat = caveats.get(caveatId);
        if (caveat == null) {
            early.computeIfAbsent(caveatId, k -> new ArrayList<>()).add(event);
            return;
        }
        CaveatStatus status = payload instanceof CaveatLifted ? CaveatStatus.LIFTED : CaveatStatus.ARCHIVED;
        String reason = payload instanceof CaveatLifted l ? l.reason() : ((CaveatArchived) payload).cause().name();
        caveats.put(caveatId, new CaveatState(caveat.caveatId(), caveat.nation(), caveat.category(), caveat.forceId(),
                caveat.measures(), caveat.series(), caveat.activities(), caveat.areas(), caveat.degrees(),
                caveat.from(), caveat.until(), caveat.description(), status, caveat.declared(), Step.of(event),
                reason));
        version[0] = Math.max(version[0], event.sequence());
    }
}
