package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operation ended, or its coalition did: the profile authorises nothing any more. */
public record CloseProfile(@TargetAggregateIdentifier String operationId, ProfileClosureCause cause)
        implements Cascade {
}
