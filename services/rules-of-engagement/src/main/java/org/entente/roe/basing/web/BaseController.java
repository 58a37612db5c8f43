package org.entente.roe.basing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.entente.platform.history.CurrentReader;
import org.entente.platform.security.Reads;
import org.entente.platform.web.NotFound;
import org.entente.roe.basing.BaseAgreement;
import org.entente.roe.basing.Bases;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Bases as known here", description = "Basing agreements as learned from the basing-logistics topic")
public class BaseController {

    private final Bases bases;
    private final CurrentReader reader;

    public BaseController(Bases bases, CurrentReader reader) {
        this.bases = bases;
        this.reader = reader;
    }

    @Reads
    @GetMapping("/bases/{agreementId}")
    @Operation(summary = "A basing agreement as this service last learned it",
            description = "As the latest basing-logistics event releasable to the reader described it; an agreement "
                    + "whose first event was not releasable to them is not known to them.")
    public BaseAgreement base(@PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}") String agreementId) {
        return bases.asSeenBy(agreementId, reader.get().orElse(null)).orElseThrow(() -> new NotFound(
                "no basing agreement " + agreementId + " is known from the basing-logistics topic"));
    }
}
