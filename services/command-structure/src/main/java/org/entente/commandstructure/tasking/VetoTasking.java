package org.entente.commandstructure.tasking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.platform.decision.DecisionOfConsequence;

/** The red-card holder refuses the tasking for the nation's forces. */
@DecisionOfConsequence
public record VetoTasking(@TargetAggregateIdentifier String operationId, String taskingId, String reason) {
}
