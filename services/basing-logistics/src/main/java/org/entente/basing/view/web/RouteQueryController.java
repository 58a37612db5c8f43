package org.entente.basing.view.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.entente.basing.route.RouteStatus;
import org.entente.basing.view.BasingQueries;
import org.entente.basing.view.RouteState;
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

/** Reads of supply routes: their status now or as of any past instant. */
@RestController
@Validated
@RequestMapping("/routes")
@Tag(name = "Supply route reads", description = "Route status, as of any instant")
public class RouteQueryController {

    private final BasingQueries queries;
    private final Clock clock;

    public RouteQueryController(BasingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Reads
    @GetMapping
    @Operation(summary = "A coalition's supply routes and their status at an instant")
    public Page<RouteState> routes(@RequestParam @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                   @RequestParam(required = false) RouteStatus status,
                                   @ParameterObject TimeQuery time,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.routes(coalitionId, status, time.perspective(clock), page, size);
    }

    @Reads
    @GetMapping("/{routeId}")
    @Operation(summary = "One route, now or as of any past instant")
    public ResponseEntity<RouteState> route(@PathVariable @Pattern(regexp = Ids.PATTERN) String routeId,
                                            @ParameterObject TimeQuery time) {
        Versioned<RouteState> read = queries.route(routeId, time.perspective(clock));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (time.isNow()) {
            response.eTag("\"" + read.knownVersion() + "\"");
        }
        return response.body(read.state());
    }

    @Reads(history = true)
    @GetMapping("/{routeId}/history")
    @Operation(summary = "The route's decision history")
    public Page<HistoryEntry> history(@PathVariable @Pattern(regexp = Ids.PATTERN) String routeId,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.decisions(BasingQueries.ROUTE, "supply route", routeId, page, size);
    }
}
