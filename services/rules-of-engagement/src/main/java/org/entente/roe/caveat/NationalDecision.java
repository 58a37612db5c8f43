package org.entente.roe.caveat;

import org.axonframework.messaging.MetaData;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.RuleViolation;

/** Caveats are a nation's own restrictions on its own forces: only someone acting for that nation sets or lifts them. */
final class NationalDecision {

    private NationalDecision() {
    }

    static void require(String nation, MetaData metaData, String what) {
        Object actorNation = metaData.get(DecisionMetadata.ACTOR_NATION);
        if (actorNation == null || !nation.equals(actorNation.toString())) {
            throw new RuleViolation("nations-decide-their-own-caveats", "only " + nation + " can " + what
                    + " its caveats; the decision is " + (actorNation == null ? "not made for a nation"
                    : "made for " + actorNation));
        }
    }
}
