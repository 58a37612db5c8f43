package org.entente.membership.view;

import org.entente.membership.support.DomesticSupportAssessed;
import org.entente.membership.support.RecordDomesticSupport;
import org.entente.platform.history.EventHistory;
import org.entente.platform.history.HistoryEntry;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.entente.platform.web.NotFound;
import org.entente.platform.web.Page;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every read of the membership service, straight from the event store. */
@Service
public class CoalitionQueries {

    static final String COALITION = "Coalition";

    private final EventHistory history;
    private final Clock clock;

    public CoalitionQueries(EventHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The coalition as it stood at {@code perspective}. */
    public CoalitionView view(String coalitionId, Perspective perspective) {
        List<RecordedEvent> events = coalitionHistory(coalitionId);
        CoalitionView view = CoalitionTimeline.at(events, perspective);
        if (!view.exists()) {
            throw new NotFound("coalition " + coalitionId + " had not been formed as of " + perspective.asOf()
                    + " (as known at " + perspective.knownAt() + ")");
        }
        return view;
    }

    public Page<CoalitionState> coalitions(int page, int size) {
        Perspective now = Perspective.now(clock);
        List<CoalitionState> states = history.aggregateIds(COALITION, page, size).stream()
                .map(id -> CoalitionTimeline.at(history.ofPossiblyEmpty(id), now))
                .filter(CoalitionView::exists)
                .map(CoalitionView::state).toList();
        long total = history.countAggregates(COALITION);
        return new Page<>(states, page, size, total, (int) ((total + size - 1) / size));
    }

    /** The decision history: every event of the coalition, in recording order. */
    public Page<HistoryEntry> decisions(String coalitionId, int page, int size) {
        return Page.of(coalitionHistory(coalitionId).stream().map(HistoryEntry::of).toList(), page, size);
    }

    public BurdenSharing burdenSharing(String coalitionId, Perspective perspective) {
        return BurdenSharing.of(view(coalitionId, perspective), day(perspective));
    }

    public List<MilestoneState> milestones(String coalitionId, Perspective perspective) {
        return view(coalitionId, perspective).milestones(day(perspective));
    }

    public Credibility credibility(String coalitionId, Perspective perspective) {
        CoalitionView view = view(coalitionId, perspective);
        Map<String, Optional<Credibility.SupportAssessment>> support = new LinkedHashMap<>();
        for (String nation : view.memberNations()) {
            List<Credibility.SupportAssessment> series = domesticSupport(coalitionId, nation, perspective);
            support.put(nation, series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1)));
        }
        return Credibility.of(view, day(perspective), support);
    }

    /** A member's domestic-support assessments in effect at {@code perspective}, oldest first. */
    public List<Credibility.SupportAssessment> domesticSupport(String coalitionId, String nation,
                                                               Perspective perspective) {
        return history.ofPossiblyEmpty(RecordDomesticSupport.seriesId(coalitionId, nation)).stream()
                .filter(perspective::knows).filter(perspective::inEffect)
                .sorted(Comparator.comparing(RecordedEvent::effectiveTime).thenComparingLong(RecordedEvent::sequence))
                .map(event -> {
                    DomesticSupportAssessed assessed = (DomesticSupportAssessed) event.payload();
                    return new Credibility.SupportAssessment(assessed.supportPercent(), assessed.source(),
                            event.effectiveTime(), event.recordedTime());
                }).toList();
    }

    public void requireCoalition(String coalitionId) {
        coalitionHistory(coalitionId);
    }

    private List<RecordedEvent> coalitionHistory(String coalitionId) {
        List<RecordedEvent> events = history.of(coalitionId, "coalition");
        if (!COALITION.equals(events.get(0).aggregateType())) {
            throw new NotFound("no coalition " + coalitionId);
        }
        return events;
    }

    private static LocalDate day(Perspective perspective) {
        return LocalDate.ofInstant(perspective.asOf(), ZoneOffset.UTC);
    }
}
