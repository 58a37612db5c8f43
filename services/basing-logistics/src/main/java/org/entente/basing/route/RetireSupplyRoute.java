package org.entente.basing.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cascade of the coalition dissolving: the route is closed for good; a retired route is left as it is. */
public record RetireSupplyRoute(@TargetAggregateIdentifier String routeId, RouteRetirementCause cause) {
}
