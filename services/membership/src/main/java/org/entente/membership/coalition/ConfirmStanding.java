package org.entente.membership.coalition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks the coalition, without changing it, whether a record about {@code nation} may be added beside it: the
 * coalition is not dissolved, the command belongs to its exercise, and the nation is a member. Used before recording
 * domestic support, which lives in its own aggregate.
 */
public record ConfirmStanding(@TargetAggregateIdentifier String coalitionId, String nation) {
}
