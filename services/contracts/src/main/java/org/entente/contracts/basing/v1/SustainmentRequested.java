package org.entente.contracts.basing.v1;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A force asked for supplies of one NATO class of supply, needed by {@code needBy}, routed through a basing agreement
 * site and/or along a supply route.
 *
 * @param supplyClass I to X
 * @param status      REQUESTED
 */
public record SustainmentRequested(String requestId, String coalitionId, String forceId, String nation,
                                   String supplyClass, BigDecimal quantity, String unit, Instant needBy,
                                   String agreementId, String routeId, String status) {
}
