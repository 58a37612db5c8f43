package org.entente.membership.coalition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DissolveCoalition(@TargetAggregateIdentifier String coalitionId) {
}
