package org.entente.basing.sustainment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A force of a member nation asks for supplies of one class, needed by {@code needBy}, through a base (a basing
 * agreement's site) and/or along a supply route.
 */
public record RequestSustainment(@TargetAggregateIdentifier String requestId, String coalitionId, String forceId,
                                 String nation, SupplyClass supplyClass, BigDecimal quantity, String unit,
                                 Instant needBy, String agreementId, String routeId) {
}
