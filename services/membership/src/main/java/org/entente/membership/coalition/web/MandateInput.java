package org.entente.membership.coalition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.entente.contracts.Bounds;
import org.entente.membership.coalition.Mandate;
import org.entente.platform.web.InvalidInput;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

public record MandateInput(
        @Schema(example = "[\"enforce the no-fly zone\", \"enforce the arms embargo\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = Bounds.STATEMENT) String> objectives,
        @Schema(example = "Libya and its territorial waters") @NotBlank @Size(max = Bounds.STATEMENT) String area,
        @Schema(example = "2011-09-27") LocalDate expiresOn) {

    Mandate toMandate(String field) {
        List<String> stripped = objectives.stream().map(String::strip).toList();
        if (new HashSet<>(stripped).size() != stripped.size()) {
            throw new InvalidInput(field + ".objectives", "must be distinct");
        }
        return new Mandate(stripped, area.strip(), expiresOn);
    }
}
