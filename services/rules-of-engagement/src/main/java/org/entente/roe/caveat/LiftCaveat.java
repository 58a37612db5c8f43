package org.entente.roe.caveat;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The nation lifts one of its caveats. */
public record LiftCaveat(@TargetAggregateIdentifier String recordId, String caveatId, String reason) {
}
