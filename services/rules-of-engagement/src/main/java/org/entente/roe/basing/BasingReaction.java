package org.entente.roe.basing;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.platform.inbox.Reaction;
import org.entente.platform.inbox.ReactionContext;
import org.entente.roe.inbox.EventData;
import org.springframework.stereotype.Component;

/**
 * Keeps the base read model from the basing-logistics topic: every basing-agreement event carries the agreement's full
 * current view, so each is simply upserted and an engagement check from a base sees it restricted, suspended or
 * revoked as soon as that is published. Clearances, routes and sustainment do not concern the rules of engagement.
 */
@Component
public class BasingReaction implements Reaction {

    static final String PREFIX = "entente.basing-logistics.";

    private final Bases bases;

    public BasingReaction(Bases bases) {
        this.bases = bases;
    }

    @Override
    public String topic() {
        return Topics.BASING_LOGISTICS_V1;
    }

    @Override
    public void react(EventEnvelope event, ReactionContext context) {
        String type = EventData.simpleType(event, PREFIX);
        if (!type.startsWith("BasingAgreement")) {
            return;
        }
        EventData.requireVersion1(event);
        EventData data = EventData.of(event);
        bases.upsert(new BaseAgreement(data.text("agreementId"), data.text("coalitionId"),
                data.optionalText("hostNation"), data.optionalText("site"), data.text("status"),
                data.texts("permittedActivities"), data.optionalInstant("validUntil"), type));
    }
}
