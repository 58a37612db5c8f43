package org.entente.basing.view.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.entente.basing.agreement.AgreementStatus;
import org.entente.basing.theatre.Activity;
import org.entente.basing.view.AgreementState;
import org.entente.basing.view.BasingQueries;
import org.entente.basing.view.Versioned;
import org.entente.platform.command.Ids;
import org.entente.platform.history.HistoryEntry;
import org.entente.platform.history.TimeQuery;
import org.entente.platform.reference.NationCode;
import org.entente.platform.security.Reads;
import org.entente.platform.web.Page;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * Reads of basing agreements. Every state read takes {@code asOf} (effective time: the state as it was true then) and
 * {@code knownAt} (recorded time: according to what had been recorded by then); both default to now.
 */
@RestController
@Validated
@RequestMapping("/agreements")
@Tag(name = "Basing agreement reads", description = "Bases and what each permits, now or at any past instant")
public class AgreementQueryController {

    private final BasingQueries queries;
    private final Clock clock;

    public AgreementQueryController(BasingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Reads
    @GetMapping
    @Operation(summary = "A coalition's bases and what each permitted at an instant",
            description = "permitsNow lists what the base permitted at asOf: the agreement's activities while it is "
                    + "in force and within its validity, nothing otherwise. Filter by host nation, status, or an "
                    + "activity the base permitted.")
    public Page<AgreementState> agreements(@RequestParam @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                           @RequestParam(required = false) @NationCode String hostNation,
                                           @RequestParam(required = false) AgreementStatus status,
                                           @RequestParam(required = false) Activity permits,
                                           @ParameterObject TimeQuery time,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.agreements(coalitionId, hostNation, status, permits, time.perspective(clock), page, size);
    }

    @Reads
    @GetMapping("/{agreementId}")
    @Operation(summary = "One agreement, now or as of any past instant",
            description = "Read now, the ETag is the agreement's current version, to send back as If-Match.")
    public ResponseEntity<AgreementState> agreement(@PathVariable @Pattern(regexp = Ids.PATTERN) String agreementId,
                                                    @ParameterObject TimeQuery time) {
        Versioned<AgreementState> read = queries.agreement(agreementId, time.perspective(clock));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (time.isNow()) {
            response.eTag("\"" + read.knownVersion() + "\"");
        }
        return response.body(read.state());
    }

    @Reads(history = true)
    @GetMapping("/{agreementId}/history")
    @Operation(summary = "The agreement's decision history: who decided what, when, why, and what caused it")
    public Page<HistoryEntry> history(@PathVariable @Pattern(regexp = Ids.PATTERN) String agreementId,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.decisions(BasingQueries.AGREEMENT, "basing agreement", agreementId, page, size);
    }
}
