package org.entente.basing.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What the site takes: people accommodated and aircraft parking spots. */
public record CapacityInput(
        @Schema(example = "1200") @NotNull @Min(0) @Max(1_000_000) Integer personnel,
        @Schema(example = "24") @NotNull @Min(0) @Max(10_000) Integer aircraftParking) {
}
