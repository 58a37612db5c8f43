package org.entente.basing.sustainment;

import java.math.BigDecimal;

/** @param shortfall what is still missing, in the request's unit */
public record SustainmentShortfallFlagged(String requestId, String coalitionId, String reason, BigDecimal shortfall,
                                          SustainmentStatus status) {
}
