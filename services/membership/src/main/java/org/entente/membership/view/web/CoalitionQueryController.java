package org.entente.membership.view.web;

import org.entente.platform.security.Reads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.membership.pledge.PledgeStatus;
import org.entente.membership.view.BurdenSharing;
import org.entente.membership.view.CoalitionQueries;
import org.entente.membership.view.CoalitionState;
import org.entente.membership.view.CoalitionView;
import org.entente.membership.view.Credibility;
import org.entente.membership.view.MandateVersion;
import org.entente.membership.view.MemberState;
import org.entente.membership.view.MilestoneState;
import org.entente.membership.view.PartnerState;
import org.entente.membership.view.PledgeState;
import org.entente.platform.command.Ids;
import org.entente.platform.history.HistoryEntry;
import org.entente.platform.history.TimeQuery;
import org.entente.platform.reference.NationCode;
import org.entente.platform.web.NotFound;
import org.entente.platform.web.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * Reads of coalitions. Every state read takes {@code asOf} (effective time: the state as it was true then) and
 * {@code knownAt} (recorded time: according to what had been recorded by then); both default to now.
 */
@RestController
@Validated
@RequestMapping("/coalitions")
@Tag(name = "Coalition reads", description = "State, members, pledges, burden sharing, history and as-of views")
public class CoalitionQueryController {

    private final CoalitionQueries queries;
    private final Clock clock;

    public CoalitionQueryController(CoalitionQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Reads
    @GetMapping
    @Operation(summary = "List coalitions, oldest first")
    public Page<CoalitionState> coalitions(@RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.coalitions(page, size);
    }

    @Reads
    @GetMapping("/{coalitionId}")
    @Operation(summary = "A coalition's state, now or as of any past instant",
            description = "Read now, the ETag is the coalition's current version, to send back as If-Match. The "
                    + "body's version is the last event the state includes, which is lower while a future-dated "
                    + "decision is recorded but not yet in effect.")
    public ResponseEntity<CoalitionState> coalition(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                    @ParameterObject TimeQuery time) {
        CoalitionView view = view(coalitionId, time);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (time.isNow()) {
            response.eTag("\"" + view.knownVersion() + "\"");
        }
        return response.body(view.state());
    }

    @Reads
    @GetMapping("/{coalitionId}/members")
    @Operation(summary = "Members and their status history")
    public List<MemberState> members(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                     @ParameterObject TimeQuery time) {
        return view(coalitionId, time).members();
    }

    @Reads
    @GetMapping("/{coalitionId}/partners")
    @Operation(summary = "Non-member partners: host nations, transit states, observers")
    public List<PartnerState> partners(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                       @ParameterObject TimeQuery time) {
        return view(coalitionId, time).partners();
    }

    @Reads
    @GetMapping("/{coalitionId}/pledges")
    @Operation(summary = "Pledges with their deliveries, revisions and corrections")
    public Page<PledgeState> pledges(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                     @RequestParam(required = false) @NationCode String nation,
                                     @RequestParam(required = false) PledgeCategory category,
                                     @RequestParam(required = false) PledgeStatus status,
                                     @ParameterObject TimeQuery time,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        List<PledgeState> pledges = view(coalitionId, time).pledges().stream()
                .filter(p -> nation == null || p.nation().equals(nation))
                .filter(p -> category == null || p.category() == category)
                .filter(p -> status == null || p.status() == status)
                .toList();
        return Page.of(pledges, page, size);
    }

    @Reads
    @GetMapping("/{coalitionId}/pledges/{pledgeId}")
    @Operation(summary = "One pledge")
    public PledgeState pledge(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                              @PathVariable @Pattern(regexp = Ids.PATTERN) String pledgeId,
                              @ParameterObject TimeQuery time) {
        return view(coalitionId, time).pledges().stream().filter(p -> p.pledgeId().equals(pledgeId))
                .findFirst().orElseThrow(() -> new NotFound("coalition " + coalitionId + " has no pledge " + pledgeId
                        + (time.isNow() ? "" : " at that instant")));
    }

    @Reads
    @GetMapping("/{coalitionId}/burden-sharing")
    @Operation(summary = "Pledged vs delivered per member and category, shares and shortfalls")
    public BurdenSharing burdenSharing(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                       @ParameterObject TimeQuery time) {
        return queries.burdenSharing(coalitionId, time.perspective(clock));
    }

    @Reads
    @GetMapping("/{coalitionId}/credibility")
    @Operation(summary = "Each member's delivery record next to its latest domestic support")
    public Credibility credibility(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                   @ParameterObject TimeQuery time) {
        return queries.credibility(coalitionId, time.perspective(clock));
    }

    @Reads(history = true)
    @GetMapping("/{coalitionId}/mandate/history")
    @Operation(summary = "The initial mandate and every amendment, classified")
    public List<MandateVersion> mandateHistory(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                               @ParameterObject TimeQuery time) {
        return view(coalitionId, time).mandateHistory();
    }

    @Reads
    @GetMapping("/{coalitionId}/milestones")
    @Operation(summary = "Exit-strategy milestones: pending, slipped (with each slip) or achieved")
    public List<MilestoneState> milestones(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                           @ParameterObject TimeQuery time) {
        return queries.milestones(coalitionId, time.perspective(clock));
    }

    @Reads(history = true)
    @GetMapping("/{coalitionId}/history")
    @Operation(summary = "The decision history, read from the event store: who decided what, when, why, on whose authority")
    public Page<HistoryEntry> history(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.decisions(coalitionId, page, size);
    }

    @Reads
    @GetMapping("/{coalitionId}/members/{nation}/domestic-support")
    @Operation(summary = "A member's domestic-support assessments, oldest first")
    public Page<Credibility.SupportAssessment> domesticSupport(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                               @PathVariable @NationCode String nation,
                                                               @ParameterObject TimeQuery time,
                                                               @RequestParam(defaultValue = "0") @Min(0) int page,
                                                               @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        queries.requireCoalition(coalitionId);
        return Page.of(queries.domesticSupport(coalitionId, nation, time.perspective(clock)), page, size);
    }

    private CoalitionView view(String coalitionId, TimeQuery time) {
        return queries.view(coalitionId, time.perspective(clock));
    }
}
