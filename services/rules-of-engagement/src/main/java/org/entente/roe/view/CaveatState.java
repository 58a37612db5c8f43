package org.entente.roe.view;

import org.entente.roe.caveat.CaveatStatus;
import org.entente.roe.reference.BaseActivity;
import org.entente.roe.reference.Degree;
import org.entente.roe.reference.MeasureSeries;

import java.time.Instant;
import java.util.List;

/**
 * One national caveat with its history.
 *
 * @param forceId     the one force it applies to; null = every force of the nation
 * @param ended       its lifting or archiving
 * @param endedReason the lifting's reason or the archiving's cause
 */
public record CaveatState(String caveatId, String nation, String category, String forceId, List<String> measures,
                          List<MeasureSeries> series, List<BaseActivity> activities, List<String> areas,
                          List<Degree> degrees, Instant from, Instant until, String description, CaveatStatus status,
                          Step declared, Step ended, String endedReason) {

    /** Restricts something beyond a period: a TIME caveat without lists restricts everything in its period. */
    public boolean listsRestrictions() {
        return !measures.isEmpty() || !series.isEmpty() || !activities.isEmpty() || !areas.isEmpty()
                || !degrees.isEmpty();
    }

    /** Does it apply at {@code at}: from its start (if any) until its end (if any, exclusive)? */
    public boolean appliesAt(Instant at) {
        return (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
    }

    /** Does it concern {@code forceId} of its nation? */
    public boolean concerns(String force) {
        return forceId == null || forceId.equals(force);
    }
}
