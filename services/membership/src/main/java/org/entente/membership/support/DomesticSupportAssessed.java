package org.entente.membership.support;

import java.math.BigDecimal;

public record DomesticSupportAssessed(String coalitionId, String nation, BigDecimal supportPercent, String source) {
}
