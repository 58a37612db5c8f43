package org.entente.roe.view;

import org.entente.platform.history.EventHistory;
import org.entente.platform.history.HistoryEntry;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.platform.web.NotFound;
import org.entente.platform.web.Page;
import org.entente.roe.caveat.NationalCaveats;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Every read of profiles and caveats, straight from the event store. */
@Service
public class RoeQueries {

    static final String PROFILE = "RoeProfile";
    static final String CAVEATS = "NationalCaveats";

    private final EventHistory history;
    private final CoalitionRoster roster;

    public RoeQueries(EventHistory history, CoalitionRoster roster) {
        this.history = history;
        this.roster = roster;
    }

    /** The profile as it stood at {@code perspective}; 404 if there was none. */
    public ProfileState profile(String operationId, Perspective perspective) {
        return ProfileTimeline.at(profileHistory(operationId), perspective).orElseThrow(() -> new NotFound(
                "operation " + operationId + " had no ROE profile as of " + perspective.asOf() + " (as known at "
                        + perspective.knownAt() + ")"));
    }

    /** The profile now, if one was established. */
    public Optional<ProfileState> currentProfile(String operationId, Perspective now) {
        List<RecordedEvent> events = history.ofPossiblyEmpty(operationId);
        if (events.isEmpty() || !PROFILE.equals(events.get(0).aggregateType())) {
            return Optional.empty();
        }
        return ProfileTimeline.at(events, now);
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
        return events;
    }

    private List<RecordedEvent> caveatHistory(String coalitionId, String nation) {
        List<RecordedEvent> events = history.ofPossiblyEmpty(NationalCaveats.recordId(coalitionId, nation));
        return events.isEmpty() || CAVEATS.equals(events.get(0).aggregateType()) ? events : List.of();
    }
}
