package org.entente.roe.basing;

import org.entente.roe.inbox.Releasable;

/** Where each basing agreement stands, as the latest event of the basing-logistics topic carried it. */
@FunctionalInterface
public interface AgreementViews {

    /** Replaces the agreement's view with the one the latest event carries, and keeps that event's view. */
    void upsert(String eventId, Releasable release, BaseAgreement agreement);
}
