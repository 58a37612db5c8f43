package org.entente.contracts.basing.v1;

import java.math.BigDecimal;

/** The request cannot be met in full. @param shortfall what is still missing, in the request unit */
public record SustainmentShortfallFlagged(String requestId, String coalitionId, String reason, BigDecimal shortfall,
                                          String status) {
}
