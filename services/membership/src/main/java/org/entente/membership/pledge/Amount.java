package org.entente.membership.pledge;

import java.math.BigDecimal;

/**
 * A quantity in its unit ({@code personnel}, {@code aircraft}, {@code tonnes}...) or a sum in its currency. Amounts of
 * different units are never added or converted.
 */
public record Amount(BigDecimal value, String unit) {
}
