package org.entente.roe.view;

import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.entente.roe.profile.MeasureAuthorised;
import org.entente.roe.profile.MeasureCancelled;
import org.entente.roe.profile.MeasureImplemented;
import org.entente.roe.profile.MeasureRequestClosed;
import org.entente.roe.profile.MeasureRequested;
import org.entente.roe.profile.MeasureStatus;
import org.entente.roe.profile.ProfileStatus;
import org.entente.roe.profile.RoeProfileClosed;
import org.entente.roe.profile.RoeProfileEstablished;
import org.entente.roe.profile.RoeProfileFlaggedForReview;
import org.entente.roe.profile.RoeProfileReauthorised;
import org.entente.roe.reference.Compendium;
import org.entente.roe.reference.Measure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reconstructs a profile at any instant from its full history, on two time axes: keep what had been recorded by
 * {@code knownAt}, keep what was in effect at {@code asOf}, fold in effective-time order (recording order breaks
 * ties). A step dated before the request it belongs to takes effect together with the request rather than being lost.
 * <p>
 * The review is about decisions, not effective time: a re-authorisation answers the flags RECORDED before it, as in
 * the aggregate, whatever their effective times. A flag or re-authorisation counts from its effective time or from
 * its recording, whichever is earlier: once recorded, the aggregate already demands (or no longer demands) the
 * re-authorisation, so the current view and the engagement check agree with it.
 */
public final class ProfileTimeline {

    private ProfileTimeline() {
    }

    /** The profile as of {@code perspective}; empty when it had not been established by then. */
    public static Optional<ProfileState> at(List<RecordedEvent> history, Perspective perspective) {
        List<RecordedEvent> known = history.stream().filter(perspective::knows).toList();
        Fold fold = new Fold();
        known.stream().filter(perspective::inEffect).filter(event -> !isReview(event.payload()))
                .sorted(Comparator.comparing(RecordedEvent::effectiveTime).thenComparingLong(RecordedEvent::sequence))
                .forEach(fold::apply);
        known.stream().filter(event -> isReview(event.payload()))
                .filter(event -> !decidedAt(event).isAfter(perspective.asOf()))
                .sorted(Comparator.comparingLong(RecordedEvent::sequence))
                .forEach(fold::review);
        return fold.state();
    }

    private static boolean isReview(Object payload) {
        return payload instanceof RoeProfileFlaggedForReview || payload instanceof RoeProfileReauthorised;
    }

    /** A review decision binds the profile from when it was recorded, or from its effective time if that is earlier. */
    private static Instant decidedAt(RecordedEvent event) {
        return event.effectiveTime().isBefore(event.recordedTime()) ? event.effectiveTime() : event.recordedTime();
    }

    /** The version a client sends back as If-Match: the last recorded event, whether in effect yet or not. */
    public static long knownVersion(List<RecordedEvent> history) {
        return history.isEmpty() ? -1 : history.get(history.size() - 1).sequence();
    }

    private static final class Fold {
        private RoeProfileEstablished established;
        private Step establishedStep;
        private ProfileStatus status;
        private String closedCause;
        private Step closedStep;
        private Step reauthorisedStep;
        private final Set<String> underReview = new LinkedHashSet<>();
        private final Map<String, Entry> measures = new LinkedHashMap<>();
        private final Map<String, List<RecordedEvent>> early = new LinkedHashMap<>();
        private long version = -1;

        void apply(RecordedEvent event) {
            Object payload = event.payload();
            if (payload instanceof RoeProfileEstablished e) {
                established = e;
                establishedStep = Step.of(event);
                status = ProfileStatus.OPEN;
            } else if (established == null) {
                early.computeIfAbsent("", k -> new ArrayList<>()).add(event);
                return;
            } else if (payload instanceof MeasureRequested e) {
                measures.put(e.requestId(), new Entry(e, Step.of(event)));
                version = Math.max(version, event.sequence());
                List<RecordedEvent> waiting = early.remove(e.requestId());
                if (waiting != null) {
                    waiting.forEach(this::apply);
                }
                return;
            } else if (payload instanceof RoeProfileClosed e) {
                status = ProfileStatus.CLOSED;
                closedCause = e.cause().name();
                closedStep = Step.of(event);
            } else if (!measureStep(event)) {
                return;
            }
            version = Math.max(version, event.sequence());
            if (payload instanceof RoeProfileEstablished) {
                List<RecordedEvent> waiting = early.remove("");
                if (waiting != null) {
                    waiting.forEach(this::apply);
                }
            }
        }

        /** Review decisions come in recording order: a re-authorisation answers every flag recorded before it. */
        void review(RecordedEvent event) {
            if (event.payload() instanceof RoeProfileFlaggedForReview e) {
                underReview.add(e.amendmentId());
            } else {
                underReview.clear();
                reauthorisedStep = Step.of(event);
            }
            version = Math.max(version, event.sequence());
        }

        /** @return false when the step's request is not in effect yet; it waits for it */
        private boolean measureStep(RecordedEvent event) {
            String requestId = requestId(event.payload());
            Entry entry = measures.get(requestId);
            if (entry == null) {
                early.computeIfAbsent(requestId, k -> new ArrayList<>()).add(event);
                return false;
            }
            Step step = Step.of(event);
            if (event.payload() instanceof MeasureAuthorised) {
                entry.status = MeasureStatus.AUTHORISED;
                entry.authorised = step;
            } else if (event.payload() instanceof MeasureImplemented) {
                entry.status = MeasureStatus.IMPLEMENTED;
                entry.implemented = step;
            } else if (event.payload() instanceof MeasureCancelled e) {
                entry.status = MeasureStatus.CANCELLED;
                entry.ended = step;
                entry.endedReason = e.reason();
            } else if (event.payload() instanceof MeasureRequestClosed e) {
                entry.status = MeasureStatus.CLOSED;
                entry.ended = step;
                entry.endedReason = e.cause().name();
            }
            return true;
        }

        private static String requestId(Object payload) {
            if (payload instanceof MeasureAuthorised e) {
                return e.requestId();
            }
            if (payload instanceof MeasureImplemented e) {
                return e.requestId();
            }
            if (payload instanceof MeasureCancelled e) {
                return e.requestId();
            }
            if (payload instanceof MeasureRequestClosed e) {
                return e.requestId();
            }
            throw new IllegalStateException("not a profile event: " + payload.getClass().getName());
        }

        Optional<ProfileState> state() {
            if (established == null) {
                return Optional.empty();
            }
            return Optional.of(new ProfileState(established.operationId(), established.coalitionId(),
                    established.exerciseId(), status, closedCause, !underReview.isEmpty(), List.copyOf(underReview),
                    establishedStep, reauthorisedStep, closedStep,
                    measures.values().stream().map(Entry::state).toList(), version));
        }
    }

    private static final class Entry {
        private final MeasureRequested request;
        private final Step requested;
        private MeasureStatus status = MeasureStatus.REQUESTED;
        private Step authorised;
        private Step implemented;
        private Step ended;
        private String endedReason;

        Entry(MeasureRequested request, Step requested) {
            this.request = request;
            this.requested = requested;
        }

        MeasureState state() {
            Measure measure = Compendium.measure(request.measureCode()).orElseThrow();
            return new MeasureState(request.requestId(), request.measureCode(), measure.series(), measure.effect(),
                    measure.title(), measure.activity(), measure.narrows(), request.parameter(), request.nation(),
                    request.commander(), status, requested, authorised, implemented, ended, endedReason);
        }
    }
}
