package org.entente.membership.pledge.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.entente.membership.pledge.Amount;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.platform.reference.CurrencyCode;
import org.entente.platform.web.InvalidInput;

import java.math.BigDecimal;

/**
 * @param value a positive amount, up to 15 digits before the point and 6 after
 * @param unit  a unit such as {@code personnel}, {@code aircraft}, {@code tonnes}; for FUNDING an ISO 4217 currency
 */
public record AmountInput(
        @Schema(example = "1200") @NotNull @Positive @Digits(integer = 15, fraction = 6) BigDecimal value,
        @Schema(example = "personnel") @NotNull @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{0,31}",
                message = "must be a unit such as personnel or tonnes, or a currency code such as EUR") String unit) {

    Amount toAmount() {
        return new Amount(value, unit);
    }

    /** FUNDING is money in a currency; the other categories are counted in units, never in a currency. */
    Amount toAmount(PledgeCategory category, String field) {
        boolean currency = CurrencyCode.Validator.isCurrency(unit);
        if (category.isMoney() && !currency) {
            throw new InvalidInput(field + ".unit", "a FUNDING pledge is counted in an ISO 4217 currency, e.g. USD");
        }
        if (!category.isMoney() && currency) {
            throw new InvalidInput(field + ".unit", "a " + category + " pledge is counted in units such as personnel "
                    + "or tonnes; money goes in a FUNDING pledge");
        }
        return toAmount();
    }
}
