package org.entente.basing.agreement;

import org.entente.basing.theatre.Activity;

import java.time.Instant;
import java.util.List;

/**
 * Every agreement event carries the agreement's full current view, so the aggregate can take it from any one of them.
 * The read side does not: it takes each field from the event that decides it, since a reader may not be shown every
 * event (releasability).
 */
public interface AgreementEvent {

    String agreementId();

    String coalitionId();

    String hostNation();

    String site();

    AgreementStatus status();

    List<Activity> permittedActivities();

    Instant validUntil();

    /** When the base may first be used; null in events recorded before it was carried by every event. */
    Instant validFrom();
}
