package org.entente.roe.view.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.entente.platform.command.Ids;
import org.entente.platform.history.HistoryEntry;
import org.entente.platform.history.TimeQuery;
import org.entente.platform.reference.NationCode;
import org.entente.platform.security.Reads;
import org.entente.platform.web.Page;
import org.entente.roe.view.CaveatRecordState;
import org.entente.roe.view.ProfileState;
import org.entente.roe.view.RoeQueries;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;

/**
 * Reads of profiles and caveats. Every state read takes {@code asOf} (effective time) and {@code knownAt} (recorded
 * time); both default to now. Read now, the ETag is the record's version to send back as If-Match.
 */
@RestController
@Validated
@Tag(name = "ROE reads", description = "Profiles and caveats now or as of any instant, and their decision histories")
public class RoeQueryController {

    private final RoeQueries queries;
    private final Clock clock;

    public RoeQueryController(RoeQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Reads
    @GetMapping("/operations/{operationId}/roe-profile")
    @Operation(summary = "An operation's ROE profile, now or as of any past instant, with every measure's steps")
    public ResponseEntity<ProfileState> profile(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                @ParameterObject TimeQuery time) {
        ProfileState profile = queries.profile(operationId, time.perspective(clock));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (time.isNow()) {
            response.eTag("\"" + queries.profileVersion(operationId) + "\"");
        }
        return response.body(profile);
    }

    @Reads(history = true)
    @GetMapping("/operations/{operationId}/roe-profile/history")
    @Operation(summary = "The profile's decision history: who decided what, when, why, on whose authority")
    public Page<HistoryEntry> profileHistory(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.profileDecisions(operationId, page, size);
    }

    @Reads
    @GetMapping("/coalitions/{coalitionId}/caveats")
    @Operation(summary = "Every nation's caveats in the coalition, by nation")
    public Map<String, CaveatRecordState> caveatsByNation(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                          @ParameterObject TimeQuery time) {
        return queries.caveatsByNation(coalitionId, time.perspective(clock));
    }

    @Reads
    @GetMapping("/coalitions/{coalitionId}/caveats/{nation}")
    @Operation(summary = "One nation's caveats in the coalition: in force, lifted and archived")
    public ResponseEntity<CaveatRecordState> caveats(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                     @PathVariable @NationCode String nation,
                                                     @ParameterObject TimeQuery time) {
        CaveatRecordState state = queries.caveats(coalitionId, nation, time.perspective(clock));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (time.isNow()) {
            response.eTag("\"" + queries.caveatVersion(coalitionId, nation) + "\"");
        }
        return response.body(state);
    }

    @Reads(history = true)
    @GetMapping("/coalitions/{coalitionId}/caveats/{nation}/history")
    @Operation(summary = "The decision history of a nation's caveats")
    public Page<HistoryEntry> caveatHistory(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                            @PathVariable @NationCode String nation,
                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                            @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.caveatDecisions(coalitionId, nation, page, size);
    }
}
