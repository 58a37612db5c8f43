package org.entente.roe.basing;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.basing.v1.BasingAgreementView;
import org.entente.contracts.basing.v1.BasingLogisticsEventV1;
import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.platform.inbox.ReactionContext;
import org.entente.platform.inbox.TypedReaction;
import org.entente.roe.inbox.EventData;
import org.entente.roe.inbox.Releasable;
import org.springframework.stereotype.Component;

/**
 * Keeps the base read model from the basing-logistics topic: every basing-agreement event carries the agreement's full
 * current view, so each is simply upserted and an engagement check from a base sees it restricted, suspended or
 * revoked as soon as that is published. Events are read as the contract records of {@link BasingLogisticsEventsV1}.
 * Clearances, routes and sustainment do not concern the rules of engagement.
 */
@Component
public class BasingReaction extends TypedReaction<BasingLogisticsEventV1> {

    private final AgreementViews bases;

    public BasingReaction(AgreementViews bases) {
        super(BasingLogisticsEventsV1.CATALOGUE);
        this.bases = bases;
    }

    @Override
    protected void react(BasingLogisticsEventV1 data, ReactionContext context) {
        if (!(data instanceof BasingAgreementView agreement)) {
            return; // clearances, routes, sustainment: no change to a base
        }
        EventEnvelope event = context.cause();
        // kept with the view, so that a reader is shown only what the publishing service released to them
        bases.upsert(event.id(), Releasable.of(event), new BaseAgreement(
                EventData.required(event, agreement.agreementId(), "agreementId"),
                EventData.required(event, agreement.coalitionId(), "coalitionId"), agreement.hostNation(),
                agreement.site(), EventData.required(event, agreement.status(), "status"),
                agreement.permittedActivities(), agreement.validUntil(), agreement.validFrom(),
                data.getClass().getSimpleName()));
    }
}
