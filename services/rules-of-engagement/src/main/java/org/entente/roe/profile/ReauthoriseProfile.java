package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** After a mandate expansion, the authority confirms the profile as it stands; clears the review. */
public record ReauthoriseProfile(@TargetAggregateIdentifier String operationId) {
}
