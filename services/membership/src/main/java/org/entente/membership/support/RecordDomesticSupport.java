package org.entente.membership.support;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Records an assessment of a nation's domestic support for its part in the coalition; the decision's effective time
 * is when the assessment was taken.
 */
public record RecordDomesticSupport(@TargetAggregateIdentifier String seriesId, String coalitionId, String nation,
                                    BigDecimal supportPercent, String source) {

    public static String seriesId(String coalitionId, String nation) {
        return coalitionId + "/support/" + nation;
    }
}
