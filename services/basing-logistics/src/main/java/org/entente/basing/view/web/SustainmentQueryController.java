package org.entente.basing.view.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.entente.basing.sustainment.SustainmentStatus;
import org.entente.basing.view.BasingQueries;
import org.entente.basing.view.SustainmentState;
import org.entente.basing.view.Versioned;
import org.entente.platform.command.Ids;
import org.entente.platform.history.HistoryEntry;
import org.entente.platform.history.TimeQuery;
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

/** Reads of sustainment requests and shortfalls, now or as of any past instant. */
@RestController
@Validated
@RequestMapping("/sustainment-requests")
@Tag(name = "Sustainment reads", description = "Requests, deliveries and shortfalls, as of any instant")
public class SustainmentQueryController {

    private final BasingQueries queries;
    private final Clock clock;

    public SustainmentQueryController(BasingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Reads
    @GetMapping
    @Operation(summary = "A coalition's sustainment requests at an instant")
    public Page<SustainmentState> requests(@RequestParam @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                           @RequestParam(required = false) SustainmentStatus status,
                                           @ParameterObject TimeQuery time,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.sustainmentRequests(coalitionId, status, time.perspective(clock), page, size);
    }

    @Reads
    @GetMapping("/shortfalls")
    @Operation(summary = "Shortfalls: requests flagged (by logisticians, or again when their base stopped permitting "
            + "logistics) or still open after their need-by time")
    public Page<SustainmentState> shortfalls(@RequestParam @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                             @ParameterObject TimeQuery time,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.shortfalls(coalitionId, time.perspective(clock), page, size);
    }

    @Reads
    @GetMapping("/{requestId}")
    @Operation(summary = "One request, now or as of any past instant")
    public ResponseEntity<SustainmentState> request(@PathVariable @Pattern(regexp = Ids.PATTERN) String requestId,
                                                    @ParameterObject TimeQuery time) {
        Versioned<SustainmentState> read = queries.sustainment(requestId, time.perspective(clock));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (time.isNow()) {
            response.eTag("\"" + read.knownVersion() + "\"");
        }
        return response.body(read.state());
    }

    @Reads(history = true)
    @GetMapping("/{requestId}/history")
    @Operation(summary = "The request's decision history")
    public Page<HistoryEntry> history(@PathVariable @Pattern(regexp = Ids.PATTERN) String requestId,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.decisions(BasingQueries.SUSTAINMENT, "sustainment request", requestId, page, size);
    }
}
