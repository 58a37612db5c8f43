package org.entente.roe.view;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.platform.decision.Actor;
import org.entente.platform.history.CurrentReader;
import org.entente.platform.history.EventHistory;
import org.entente.platform.history.HistoryEntry;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.entente.platform.history.Releasability;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.platform.web.NotFound;
import org.entente.platform.web.Page;
import org.entente.roe.caveat.CaveatArchived;
import org.entente.roe.caveat.CaveatDeclared;
import org.entente.roe.caveat.CaveatLifted;
import org.entente.roe.caveat.NationalCaveats;
import org.entente.roe.profile.MeasureAuthorised;
import org.entente.roe.profile.MeasureCancelled;
import org.entente.roe.profile.MeasureImplemented;
import org.entente.roe.profile.MeasureRequestClosed;
import org.entente.roe.profile.MeasureRequested;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every read of profiles and caveats, straight from the event store, as the reader of the request may see them
 * (releasability):
 * <ul>
 * <li>a profile through the platform's {@link EventHistory}: a profile whose establishment the reader may not see does
 * not exist for them (404), and of the others the events they may not see are left out;</li>
 * <li>a nation's caveat record event by event: the record is only a container (its id is the coalition and the nation),
 * so a restricted caveat hides that caveat, not the nation's other caveats declared before or after it;</li>
 * <li>in both, a step about something the reader may not see (the authorisation of a request, the lifting of a caveat
 * whose declaration was restricted) is left out of the views and of the decision history too, even when the step
 * itself was releasable to all.</li>
 * </ul>
 * The {@code whole...} reads see everything: only for the engagement check, which decides on every fact and words its
 * answer for the reader ({@code EngagementCheck}).
 */
@Service
public class RoeQueries {

    static final String PROFILE = "RoeProfile";
    static final String CAVEATS = "NationalCaveats";

    private final EventHistory history;
    private final EventHistory everything;
    private final CurrentReader reader;
    private final CoalitionRoster roster;

    public RoeQueries(EventHistory history, EventStore eventStore, JdbcTemplate jdbc,
                      ObjectProvider<CurrentReader> reader, CoalitionRoster roster) {
        this.history = history;
        this.everything = new EventHistory(eventStore, jdbc);
        this.reader = reader.getIfAvailable(() -> CurrentReader.NONE);
        this.roster = roster;
    }

    /** The profile as it stood at {@code perspective}; 404 if there was none. */
    public ProfileState profile(String operationId, Perspective perspective) {
        return ProfileTimeline.at(profileHistory(operationId), perspective).orElseThrow(() -> new NotFound(
                "operation " + operationId + " had no ROE profile as of " + perspective.asOf() + " (as known at "
                        + perspective.knownAt() + ")"));
    }

    /** The profile now, if one was established (and the reader may see it). */
    public Optional<ProfileState> currentProfile(String operationId, Perspective now) {
        return currentProfile(history.ofPossiblyEmpty(operationId), now);
    }

    /** The profile now, every event of it whatever the reader may see: for the engagement check's decision only. */
    public Optional<ProfileState> wholeProfile(String operationId, Perspective now) {
        return currentProfile(everything.ofPossiblyEmpty(operationId), now);
    }

    private static Optional<ProfileState> currentProfile(List<RecordedEvent> events, Perspective now) {
        if (events.isEmpty() || !PROFILE.equals(events.get(0).aggregateType())) {
            return Optional.empty();
        }
        return ProfileTimeline.at(withoutStepsOfUnseenRequests(events), now);
    }

    public long profileVersion(String operationId) {
        return ProfileTimeline.knownVersion(profileHistory(operationId));
    }

    /** The decision history of the profile: every event, in recording order. */
    public Page<HistoryEntry> profileDecisions(String operationId, int page, int size) {
        return Page.of(profileHistory(operationId).stream().map(HistoryEntry::of).toList(), page, size);
    }

    /** A nation's caveats in the coalition; none when it declared none. 404 for a coalition nobody has heard of. */
    public CaveatRecordState caveats(String coalitionId, String nation, Perspective perspective) {
        requireCoalition(coalitionId);
        return caveatRecord(coalitionId, nation, perspective);
    }

    /** A nation's caveats in the coalition, whether or not the roster knows the coalition yet. */
    public CaveatRecordState caveatRecord(String coalitionId, String nation, Perspective perspective) {
        return CaveatTimeline.at(coalitionId, nation, caveatHistory(coalitionId, nation), perspective);
    }

    /** A nation's caveats, every one whatever the reader may see: for the engagement check's decision only. */
    public CaveatRecordState wholeCaveatRecord(String coalitionId, String nation, Perspective perspective) {
        return CaveatTimeline.at(coalitionId, nation, wholeCaveatHistory(coalitionId, nation), perspective);
    }

    /** Every nation's caveats in the coalition, by nation; nations without any are left out. */
    public Map<String, CaveatRecordState> caveatsByNation(String coalitionId, Perspective perspective) {
        requireCoalition(coalitionId);
        TreeSet<String> nations = new TreeSet<>();
        Arrays.stream(Standing.values()).forEach(standing -> nations.addAll(roster.nations(coalitionId, standing)));
        Map<String, CaveatRecordState> byNation = new LinkedHashMap<>();
        for (String nation : nations) {
            CaveatRecordState state = CaveatTimeline.at(coalitionId, nation, caveatHistory(coalitionId, nation),
                    perspective);
            if (!state.caveats().isEmpty()) {
                byNation.put(nation, state);
            }
        }
        return byNation;
    }

    public Page<HistoryEntry> caveatDecisions(String coalitionId, String nation, int page, int size) {
        requireCoalition(coalitionId);
        return Page.of(caveatHistory(coalitionId, nation).stream().map(HistoryEntry::of).toList(), page, size);
    }

    public long caveatVersion(String coalitionId, String nation) {
        return ProfileTimeline.knownVersion(caveatHistory(coalitionId, nation));
    }

    private void requireCoalition(String coalitionId) {
        if (roster.coalition(coalitionId).isEmpty()) {
            throw new NotFound("no coalition " + coalitionId + " is known from the membership topic");
        }
    }

    private List<RecordedEvent> profileHistory(String operationId) {
        List<RecordedEvent> events = history.of(operationId, "ROE profile for operation");
        if (!PROFILE.equals(events.get(0).aggregateType())) {
            throw new NotFound("no ROE profile for operation " + operationId);
        }
        return withoutStepsOfUnseenRequests(events);
    }

    /** The caveat record's events the reader may see, each on its own (see the class comment). */
    private List<RecordedEvent> caveatHistory(String coalitionId, String nation) {
        Actor actor = reader.get().orElse(null);
        List<RecordedEvent> released = wholeCaveatHistory(coalitionId, nation).stream()
                .filter(event -> Releasability.visibleTo(actor, event.decision())).toList();
        Set<String> declared = released.stream().map(RecordedEvent::payload)
                .filter(CaveatDeclared.class::isInstance).map(d -> ((CaveatDeclared) d).caveatId())
                .collect(Collectors.toSet());
        return released.stream().filter(event -> caveatIdOfStep(event.payload()).map(declared::contains).orElse(true))
                .toList();
    }

    private List<RecordedEvent> wholeCaveatHistory(String coalitionId, String nation) {
        List<RecordedEvent> events = everything.ofPossiblyEmpty(NationalCaveats.recordId(coalitionId, nation));
        return events.isEmpty() || CAVEATS.equals(events.get(0).aggregateType()) ? events : List.of();
    }

    /** Leaves out the steps of requests whose MeasureRequested is not among {@code events} (not releasable). */
    private static List<RecordedEvent> withoutStepsOfUnseenRequests(List<RecordedEvent> events) {
        Set<String> requested = events.stream().map(RecordedEvent::payload)
                .filter(MeasureRequested.class::isInstance).map(r -> ((MeasureRequested) r).requestId())
                .collect(Collectors.toSet());
        return events.stream().filter(event -> requestIdOfStep(event.payload()).map(requested::contains).orElse(true))
                .toList();
    }

    private static Optional<String> requestIdOfStep(Object payload) {
        if (payload instanceof MeasureAuthorised e) {
            return Optional.of(e.requestId());
        }
        if (payload instanceof MeasureImplemented e) {
            return Optional.of(e.requestId());
        }
        if (payload instanceof MeasureCancelled e) {
            return Optional.of(e.requestId());
        }
        if (payload instanceof MeasureRequestClosed e) {
            return Optional.of(e.requestId());
        }
        return Optional.empty();
    }

    private static Optional<String> caveatIdOfStep(Object payload) {
        if (payload instanceof CaveatLifted e) {
            return Optional.of(e.caveatId());
        }
        if (payload instanceof CaveatArchived e) {
            return Optional.of(e.caveatId());
        }
        return Optional.empty();
    }
}
