package org.entente.commandstructure.view;

import org.entente.commandstructure.directory.OperationDirectory;
import org.entente.commandstructure.operation.OperationStatus;
import org.entente.platform.history.EventHistory;
import org.entente.platform.history.HistoryEntry;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.entente.platform.web.NotFound;
import org.entente.platform.web.Page;
import org.springframework.stereotype.Service;

import java.util.List;

/** Every read of the command-structure service, folded from the event store. */
@Service
public class OperationQueries {

    static final String OPERATION = "Operation";

    private final EventHistory history;
    private final OperationDirectory directory;

    public OperationQueries(EventHistory history, OperationDirectory directory) {
        this.history = history;
        this.directory = directory;
    }

    /** The operation as it stood at {@code perspective}. */
    public OperationView view(String operationId, Perspective perspective) {
        OperationView view = OperationTimeline.at(operationHistory(operationId), perspective);
        if (!view.exists()) {
            throw new NotFound("operation " + operationId + " had not been established as of " + perspective.asOf()
                    + " (as known at " + perspective.knownAt() + ")");
        }
        return view;
    }

    /**
     * Operations (of one coalition, in one status) that existed at {@code perspective}, oldest first. The directory
     * lists every operation, restricted or not; each is read through the reader's history, and one whose history is
     * empty for them (established releasable to other nations) is left out, as if it had never been listed.
     */
    public Page<OperationState> operations(String coalitionId, OperationStatus status, Perspective perspective,
                                           int page, int size) {
        List<OperationState> states = directory.operations(coalitionId).stream()
                .map(history::ofPossiblyEmpty)
                .filter(events -> !events.isEmpty())
                .map(events -> OperationTimeline.at(events, perspective))
                .filter(OperationView::exists)
                .map(OperationView::state)
                .filter(state -> status == null || state.status() == status)
                .toList();
        return Page.of(states, page, size);
    }

    /** The decision history: every event of the operation, in recording order. */
    public Page<HistoryEntry> decisions(String operationId, int page, int size) {
        return Page.of(operationHistory(operationId).stream().map(HistoryEntry::of).toList(), page, size);
    }

    private List<RecordedEvent> operationHistory(String operationId) {
        List<RecordedEvent> events = history.of(operationId, "operation");
        if (!OPERATION.equals(events.get(0).aggregateType())) {
            throw new NotFound("no operation " + operationId);
        }
        return events;
    }
}
