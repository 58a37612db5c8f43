package org.entente.basing.reaction;

import org.entente.basing.directory.BasingDirectory;
import org.entente.basing.sustainment.ReflagCause;
import org.entente.basing.sustainment.ReflagSustainment;
import org.entente.basing.theatre.Activity;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.basing.v1.BasingAgreementClosed;
import org.entente.contracts.basing.v1.BasingAgreementExpired;
import org.entente.contracts.basing.v1.BasingAgreementRestricted;
import org.entente.contracts.basing.v1.BasingAgreementRevoked;
import org.entente.contracts.basing.v1.BasingAgreementSuspended;
import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.platform.inbox.Poison;
import org.entente.platform.inbox.Reaction;
import org.entente.platform.inbox.ReactionContext;
import org.springframework.stereotype.Component;

/**
 * Sustainment routed through a base that was revoked, suspended, expired or closed, or restricted so that it no
 * longer permits logistics, is flagged as a shortfall again. It reads this service's own topic rather than reacting
 * inside the agreement's command, so that it takes the same at-least-once path as every other reaction and each
 * re-flag names the published agreement event as its cause.
 */
@Component
public class AgreementReaction implements Reaction {

    private static final String PREFIX = "entente.basing-logistics.";

    private final BasingDirectory directory;

    public AgreementReaction(BasingDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String topic() {
        return Topics.BASING_LOGISTICS_V1;
    }

    @Override
    public void react(EventEnvelope event, ReactionContext context) {
        if (BasingLogisticsEventsV1.byName(event.type()).isEmpty()
                || event.schemaVersion() != BasingLogisticsEventsV1.SCHEMA_VERSION) {
            throw new Poison("unknown basing-logistics event " + event.type() + " v" + event.schemaVersion());
        }
        switch (event.type().substring(PREFIX.length())) {
            case "BasingAgreementRevoked" -> {
                BasingAgreementRevoked revoked = EnvelopeCodec.data(event, BasingAgreementRevoked.class);
                reflag(revoked.agreementId(), revoked.site(), ReflagCause.AGREEMENT_REVOKED, "revoked", context);
            }
            case "BasingAgreementSuspended" -> {
                BasingAgreementSuspended suspended = EnvelopeCodec.data(event, BasingAgreementSuspended.class);
                reflag(suspended.agreementId(), suspended.site(), ReflagCause.AGREEMENT_SUSPENDED, "suspended",
                        context);
            }
            case "BasingAgreementExpired" -> {
                BasingAgreementExpired expired = EnvelopeCodec.data(event, BasingAgreementExpired.class);
                reflag(expired.agreementId(), expired.site(), ReflagCause.AGREEMENT_EXPIRED, "expired", context);
            }
            case "BasingAgreementClosed" -> {
                BasingAgreementClosed closed = EnvelopeCodec.data(event, BasingAgreementClosed.class);
                reflag(closed.agreementId(), closed.site(), ReflagCause.AGREEMENT_CLOSED, "closed", context);
            }
            case "BasingAgreementRestricted" -> {
                BasingAgreementRestricted restricted = EnvelopeCodec.data(event, BasingAgreementRestricted.class);
                // only the restriction that takes logistics away: a later one of a base without it changes nothing
                if (restricted.removedActivities().contains(Activity.LOGISTICS.name())) {
                    reflag(restricted.agreementId(), restricted.site(), ReflagCause.AGREEMENT_RESTRICTED,
                            "restricted to " + restricted.permittedActivities(), context);
                }
            }
            default -> {
                // other events of this service change no sustainment routing
            }
        }
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
        directory.openSustainmentThrough(agreementId, context.cause().recordedTime()).forEach(requestId ->
                context.send(new ReflagSustainment(requestId, agreementId, cause),
                        "the basing agreement for " + site + " was " + what));
    }
}
