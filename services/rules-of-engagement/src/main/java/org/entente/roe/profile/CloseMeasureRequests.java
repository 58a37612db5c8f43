package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The nation left the coalition's active membership: its requests still awaiting authorisation close. */
public record CloseMeasureRequests(@TargetAggregateIdentifier String operationId, String nation,
                                   RequestClosureCause cause) implements Cascade {
}
