package org.entente.basing.sustainment;

import java.math.BigDecimal;

public record SustainmentDelivered(String requestId, String coalitionId, String deliveryId, BigDecimal quantity,
                                   BigDecimal deliveredTotal, SustainmentStatus status) {
}
