package org.entente.basing.view;

import org.entente.basing.agreement.AgreementStatus;
import org.entente.basing.clearance.ClearanceStatus;
import org.entente.basing.directory.BasingDirectory;
import org.entente.basing.route.RouteStatus;
import org.entente.basing.sustainment.SustainmentStatus;
import org.entente.basing.theatre.Activity;
import org.entente.platform.history.EventHistory;
import org.entente.platform.history.HistoryEntry;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.entente.platform.web.NotFound;
import org.entente.platform.web.Page;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Every read of the basing-logistics service, folded from the event store at an instant. The directory only says which
 * records a list concerns; what each was at {@code asOf}, as known at {@code knownAt}, comes from its own history.
 *
 * <p>Releasability: every read goes through {@link EventHistory}, which shows the reader of the request only the events
 * releasable to them. A record whose first event they may not see has no history for them: 404 when named, left out of
 * every list. The directory's tables hold every record, restricted or not, as the service's own work needs; a list
 * takes from them only the ids of a coalition (of a clearance's nations: facts of its first event), never a status or
 * another column, and keeps an id only if its filtered history folds to a state; the filters (status, host, activity)
 * apply to that state. The folds take each field from the event that decides it, so that a later event restating an
 * earlier one's outcome does not reveal it.
 */
@Service
public class BasingQueries {

    public static final String AGREEMENT = "BasingAgreement";
    public static final String CLEARANCE = "DiplomaticClearance";
    public static final String ROUTE = "SupplyRoute";
    public static final String SUSTAINMENT = "SustainmentRequest";

    private final EventHistory history;
    private final BasingDirectory directory;

    public BasingQueries(EventHistory history, BasingDirectory directory) {
        this.history = history;
        this.directory = directory;
    }

    // ---- basing agreements ----------------------------------------------------------------------------------------

    public Versioned<AgreementState> agreement(String agreementId, Perspective perspective) {
        return one(AGREEMENT, "basing agreement", agreementId, perspective, AgreementTimeline::at);
    }

    /** The bases of a coalition and what each permitted at {@code perspective}. */
    public Page<AgreementState> agreements(String coalitionId, String hostNation, AgreementStatus status,
                                           Activity permits, Perspective perspective, int page, int size) {
        return many(directory.agreements(coalitionId), perspective, AgreementTimeline::at,
                a -> (hostNation == null || a.hostNation().equals(hostNation))
                        && (status == null || a.status() == status)
                        && (permits == null || a.permitsNow().contains(permits)), page, size);
    }

    // ---- clearances -----------------------------------------------------------------------------------------------

    public Versioned<ClearanceState> clearance(String clearanceId, Perspective perspective) {
        return one(CLEARANCE, "clearance", clearanceId, perspective, ClearanceTimeline::at);
    }

    public Page<ClearanceState> clearances(String nation, BasingDirectory.ClearanceRole role, String coalitionId,
                                           ClearanceStatus status, Perspective perspective, int page, int size) {
        return many(directory.clearancesOf(nation, role, coalitionId), perspective, ClearanceTimeline::at,
                c -> status == null || c.status() == status, page, size);
    }

    // ---- routes ---------------------------------------------------------------------------------------------------

    public Versioned<RouteState> route(String routeId, Perspective perspective) {
        return one(ROUTE, "supply route", routeId, perspective, RouteTimeline::at);
    }

    public Page<RouteState> routes(String coalitionId, RouteStatus status, Perspective perspective, int page,
                                   int size) {
        return many(directory.routes(coalitionId), perspective, RouteTimeline::at,
                r -> status == null || r.status() == status, page, size);
    }

    // ---- sustainment ----------------------------------------------------------------------------------------------

    public Versioned<SustainmentState> sustainment(String requestId, Perspective perspective) {
        return one(SUSTAINMENT, "sustainment request", requestId, perspective, SustainmentTimeline::at);
    }

    public Page<SustainmentState> sustainmentRequests(String coalitionId, SustainmentStatus status,
                                                      Perspective perspective, int page, int size) {
        return many(directory.sustainmentRequests(coalitionId), perspective, SustainmentTimeline::at,
                s -> status == null || s.status() == status, page, size);
    }

    /** Requests flagged as a shortfall, or still open after their need-by time, at {@code perspective}. */
    public Page<SustainmentState> shortfalls(String coalitionId, Perspective perspective, int page, int size) {
        return many(directory.sustainmentRequests(coalitionId), perspective, SustainmentTimeline::at,
                s -> s.status() == SustainmentStatus.SHORTFALL || s.overdue(), page, size);
    }

    // ---- decision history ---------------------------------------------------------------------------------------

    /** Every event of one record, in recording order: who decided what, when, why, and what caused it. */
    public Page<HistoryEntry> decisions(String aggregateType, String what, String id, int page, int size) {
        return Page.of(historyOf(aggregateType, what, id).stream().map(HistoryEntry::of).toList(), page, size);
    }

    private <T> Versioned<T> one(String aggregateType, String what, String id, Perspective perspective,
                                 BiFunction<List<RecordedEvent>, Perspective, Optional<T>> fold) {
        List<RecordedEvent> events = historyOf(aggregateType, what, id);
        T state = fold.apply(events, perspective).orElseThrow(() -> new NotFound(what + " " + id
                + " had not been recorded as of " + perspective.asOf() + " (as known at " + perspective.knownAt()
                + ")"));
        return new Versioned<>(state, Timeline.knownVersion(events, perspective));
    }

    private <T> Page<T> many(List<String> ids, Perspective perspective,
                             BiFunction<List<RecordedEvent>, Perspective, Optional<T>> fold, Predicate<T> filter,
                             int page, int size) {
        // a record the reader may not see has an empty history: it folds to nothing and is not listed
        List<T> states = ids.stream().map(id -> fold.apply(history.ofPossiblyEmpty(id), perspective))
                .flatMap(Optional::stream).filter(filter).toList();
        return Page.of(states, page, size);
    }

    private List<RecordedEvent> historyOf(String aggregateType, String what, String id) {
        List<RecordedEvent> events = history.of(id, what);
        if (!aggregateType.equals(events.get(0).aggregateType())) {
            throw new NotFound("no " + what + " " + id);
        }
        return events;
    }
}
