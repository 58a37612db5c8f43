package org.entente.commandstructure.headquarters;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a headquarters to the operation's command tree, under {@code parentNodeId} (none for the strategic one). */
public record EstablishHeadquarters(@TargetAggregateIdentifier String operationId, String nodeId, String name,
                                    Level level, Component component, String commanderNation, String parentNodeId) {
}
