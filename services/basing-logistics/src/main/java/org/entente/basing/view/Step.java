package org.entente.basing.view;

import org.entente.platform.history.RecordedEvent;

import java.time.Instant;

/**
 * One change of a record's status, as the history shows it.
 *
 * @param status        the status it led to
 * @param event         the event's type, e.g. BasingAgreementSuspended
 * @param effectiveTime when it took effect in the world
 * @param recordedTime  when it was recorded
 * @param causationId   what caused it: a command, or another event (a cascade)
 */
public record Step(String status, String event, Instant effectiveTime, Instant recordedTime, String eventId,
                   String causationId) {

    static Step of(Enum<?> status, RecordedEvent event) {
        return new Step(status.name(), event.type(), event.effectiveTime(), event.recordedTime(), event.eventId(),
                event.decision().causationId());
    }
}
