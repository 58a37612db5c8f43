package org.entente.basing.sustainment;

import java.math.BigDecimal;
import java.time.Instant;

public record SustainmentRequested(String requestId, String coalitionId, String forceId, String nation,
                                   SupplyClass supplyClass, BigDecimal quantity, String unit, Instant needBy,
                                   String agreementId, String routeId, SustainmentStatus status) {
}
