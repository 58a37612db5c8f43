package org.entente.basing.view.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.entente.basing.clearance.ClearanceStatus;
import org.entente.basing.directory.BasingDirectory;
import org.entente.basing.view.BasingQueries;
import org.entente.basing.view.ClearanceState;
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

/** Reads of diplomatic clearances, by the nation that uses or grants them, now or as of any past instant. */
@RestController
@Validated
@RequestMapping("/clearances")
@Tag(name = "Clearance reads", description = "Clearances by user or granting nation, as of any instant")
public class ClearanceQueryController {

    private final BasingQueries queries;
    private final Clock clock;

    public ClearanceQueryController(BasingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Reads
    @GetMapping
    @Operation(summary = "Clearances of a nation in one coalition, as user, as granting state, or either")
    public Page<ClearanceState> clearances(@RequestParam @NationCode String nation,
                                           @RequestParam(defaultValue = "EITHER") BasingDirectory.ClearanceRole role,
                                           @RequestParam @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                           @RequestParam(required = false) ClearanceStatus status,
                                           @ParameterObject TimeQuery time,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.clearances(nation, role, coalitionId, status, time.perspective(clock), page, size);
    }

    @Reads
    @GetMapping("/{clearanceId}")
    @Operation(summary = "One clearance, now or as of any past instant")
    public ResponseEntity<ClearanceState> clearance(@PathVariable @Pattern(regexp = Ids.PATTERN) String clearanceId,
                                                    @ParameterObject TimeQuery time) {
        Versioned<ClearanceState> read = queries.clearance(clearanceId, time.perspective(clock));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (time.isNow()) {
            response.eTag("\"" + read.knownVersion() + "\"");
        }
        return response.body(read.state());
    }

    @Reads(history = true)
    @GetMapping("/{clearanceId}/history")
    @Operation(summary = "The clearance's decision history")
    public Page<HistoryEntry> history(@PathVariable @Pattern(regexp = Ids.PATTERN) String clearanceId,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.decisions(BasingQueries.CLEARANCE, "clearance", clearanceId, page, size);
    }
}
