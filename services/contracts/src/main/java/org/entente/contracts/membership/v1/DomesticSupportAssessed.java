package org.entente.contracts.membership.v1;

import java.math.BigDecimal;

/**
 * An assessment of domestic support in a nation for its part in the coalition (e.g. a poll, a parliamentary vote).
 * The envelope's subject is the nation's support series, {@code <coalitionId>/support/<nation>}.
 *
 * @param supportPercent share in favour, 0 to 100
 * @param source         where the figure comes from
 */
public record DomesticSupportAssessed(String coalitionId, String nation, BigDecimal supportPercent, String source) {
}
