package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coalition's mandate was expanded: what was authorised for the old mandate must be looked at again. */
public record FlagProfileForReview(@TargetAggregateIdentifier String operationId, String amendmentId)
        implements Cascade {
}
