package org.entente.basing.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeRouteStatus(@TargetAggregateIdentifier String routeId, RouteStatus status, String reason) {
}
