package org.entente.basing.sustainment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Logisticians say the request cannot be met in full, and why. */
public record FlagShortfall(@TargetAggregateIdentifier String requestId, String reason) {
}
