package org.entente.commandstructure.operation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Designates the operation's lead (framework) nation, or hands the lead on to another nation. */
public record DesignateLeadNation(@TargetAggregateIdentifier String operationId, String nation) {
}
