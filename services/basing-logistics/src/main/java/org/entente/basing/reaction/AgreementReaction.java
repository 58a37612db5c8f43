package org.entente.basing.reaction;

import org.entente.basing.directory.BasingDirectory;
import org.entente.basing.sustainment.ReflagCause;
import org.entente.basing.sustainment.ReflagSustainment;
import org.entente.basing.theatre.Activity;
import org.entente.contracts.basing.v1.BasingAgreementClosed;
import org.entente.contracts.basing.v1.BasingAgreementExpired;
import org.entente.contracts.basing.v1.BasingAgreementRestricted;
import org.entente.contracts.basing.v1.BasingAgreementRevoked;
import org.entente.contracts.basing.v1.BasingAgreementSuspended;
import org.entente.contracts.basing.v1.BasingLogisticsEventV1;
import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.platform.inbox.ReactionContext;
import org.entente.platform.inbox.TypedReaction;
import org.springframework.stereotype.Component;

/**
 * Sustainment routed through a base that was revoked, suspended, expired or closed, or restricted so that it no
 * longer permits logistics, is flagged as a shortfall again: the requests that name the base, and those along a supply
 * route that runs via it. It reads this service's own topic rather than reacting
 * inside the agreement's command, so that it takes the same at-least-once path as every other reaction and each
 * re-flag names the published agreement event as its cause.
 */
@Component
public class AgreementReaction extends TypedReaction<BasingLogisticsEventV1> {

    private final BasingDirectory directory;

    public AgreementReaction(BasingDirectory directory) {
        super(BasingLogisticsEventsV1.CATALOGUE);
        this.directory = directory;
    }

    @Override
    protected void react(BasingLogisticsEventV1 event, ReactionContext context) {
        if (event instanceof BasingAgreementRevoked revoked) {
            reflag(revoked.agreementId(), revoked.site(), ReflagCause.AGREEMENT_REVOKED, "revoked", context);
        } else if (event instanceof BasingAgreementSuspended suspended) {
            reflag(suspended.agreementId(), suspended.site(), ReflagCause.AGREEMENT_SUSPENDED, "suspended", context);
        } else if (event instanceof BasingAgreementExpired expired) {
            reflag(expired.agreementId(), expired.site(), ReflagCause.AGREEMENT_EXPIRED, "expired", context);
        } else if (event instanceof BasingAgreementClosed closed) {
            reflag(closed.agreementId(), closed.site(), ReflagCause.AGREEMENT_CLOSED, "closed", context);
        } else if (event instanceof BasingAgreementRestricted restricted
                // only the restriction that takes logistics away: a later one of a base without it changes nothing
                && restricted.removedActivities().contains(Activity.LOGISTICS.name())) {
            reflag(restricted.agreementId(), restricted.site(), ReflagCause.AGREEMENT_RESTRICTED,
                    "restricted to " + restricted.permittedActivities(), context);
        }
        // other events of this service change no sustainment routing
    }

    /**
     * Re-flags what was routed through the base when the event was recorded: with the inbox lagging, a request made
     * after the base was reinstated must not be re-flagged by the old event, nor anything while the base permits
     * logistics again by the time the event is read.
     */
    private void reflag(String agreementId, String site, ReflagCause cause, String what, ReactionContext context) {
        if (directory.permitsLogisticsNow(agreementId)) {
            return;
        }
        directory.openSustainmentThrough(agreementId, context.cause().recordedTime()).forEach(routed ->
                context.send(new ReflagSustainment(routed.requestId(), agreementId, cause, routed.routeId()),
                        "the basing agreement for " + site + " was " + what
                                + (routed.routeId() == null ? "" : " (the request's route " + routed.routeId()
                                + " runs via it)")));
    }
}
