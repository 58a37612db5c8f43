package org.entente.roe.profile;

import org.axonframework.messaging.MetaData;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.RuleViolation;

/** Decisions that only count when they say on whose authority they were taken. */
final class Authority {

    private Authority() {
    }

    static void require(MetaData metaData, String rule, String what) {
        Object authority = metaData.get(DecisionMetadata.AUTHORITY);
        if (authority == null || authority.toString().isBlank()) {
            throw new RuleViolation(rule, what + " needs the authority it rests on (decision.authority), e.g. the "
                    + "council decision or the order");
        }
    }
}
