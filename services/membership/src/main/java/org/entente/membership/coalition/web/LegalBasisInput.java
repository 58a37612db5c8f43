package org.entente.membership.coalition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.entente.contracts.Bounds;
import org.entente.membership.coalition.LegalBasis;
import org.entente.membership.coalition.LegalBasisType;

import java.time.LocalDate;

public record LegalBasisInput(
        @NotNull LegalBasisType type,
        @Schema(example = "S/RES/1973 (2011)") @NotBlank @Size(max = Bounds.NAME) String reference,
        @Schema(example = "Libya: protection of civilians, no-fly zone") @Size(max = Bounds.LABEL) String title,
        @Schema(example = "2011-03-17") LocalDate adoptedOn) {

    LegalBasis toLegalBasis() {
        return new LegalBasis(type, reference.strip(), title == null ? null : title.strip(), adoptedOn);
    }
}
