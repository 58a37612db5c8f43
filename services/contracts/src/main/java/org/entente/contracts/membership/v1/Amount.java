package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.math.BigDecimal;

/**
 * A quantity in its own unit, or a sum of money in its ISO 4217 currency (category FUNDING). Never converted.
 *
 * @param value a positive decimal
 * @param unit  e.g. {@code personnel}, {@code aircraft}, {@code tonnes}; for money the currency code, e.g. {@code USD}
 */
public record Amount(BigDecimal value,
                     @Bounded(length = Bounds.CODE) String unit) {
}
