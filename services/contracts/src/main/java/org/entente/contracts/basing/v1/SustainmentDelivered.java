package org.entente.contracts.basing.v1;

import java.math.BigDecimal;

/** Supplies arrived. @param status PARTLY_FULFILLED or FULFILLED */
public record SustainmentDelivered(String requestId, String coalitionId, String deliveryId, BigDecimal quantity,
                                   BigDecimal deliveredTotal, String status) {
}
