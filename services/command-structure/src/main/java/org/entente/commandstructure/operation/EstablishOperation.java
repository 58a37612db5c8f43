package org.entente.commandstructure.operation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Establishes an operation of a coalition known from the roster.
 *
 * @param leadNation the lead (framework) nation, or null to designate one later
 */
public record EstablishOperation(@TargetAggregateIdentifier String operationId, String coalitionId, String name,
                                 String leadNation) {
}
