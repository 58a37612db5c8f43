package org.entente.roe.caveat.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.contracts.Bounds;
import org.entente.platform.command.Answer;
import org.entente.platform.command.CommandDispatcher;
import org.entente.platform.command.Ids;
import org.entente.platform.decision.DecisionInput;
import org.entente.platform.decision.Roles;
import org.entente.platform.reference.NationCode;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.security.Allowed;
import org.entente.platform.web.InvalidInput;
import org.entente.platform.web.NotFound;
import org.entente.roe.caveat.DeclareCaveat;
import org.entente.roe.caveat.LiftCaveat;
import org.entente.roe.caveat.NationalCaveats;
import org.entente.roe.reference.BaseActivity;
import org.entente.roe.reference.CaveatCategories;
import org.entente.roe.reference.Compendium;
import org.entente.roe.reference.Degree;
import org.entente.roe.reference.MeasureSeries;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@Validated
@RequestMapping("/coalitions/{coalitionId}/caveats/{nation}")
@Tag(name = "National caveats", description = "A nation's restrictions on its own forces, declared and lifted")
public class CaveatController {

    /** Ids other services give forces: their own UUIDs or call signs. */
    public static final String FORCE_ID = "[A-Za-z0-9._:-]{1,100}";

    private final CommandDispatcher commands;
    private final CoalitionRoster roster;

    public CaveatController(CommandDispatcher commands, CoalitionRoster roster) {
        this.commands = commands;
        this.roster = roster;
    }

    public record DeclareCaveatRequest(
            @NotBlank @Size(max = Bounds.SHORT) String category,
            @Pattern(regexp = FORCE_ID) String forceId,
            @Size(max = 100) List<@NotNull @Pattern(regexp = "[0-9]{2}[A-Z]", message = "must be a measure code "
                    + "such as 13A") String> measures,
            @Size(max = 20) List<@NotNull MeasureSeries> series,
            @Size(max = 20) List<@NotNull BaseActivity> activities,
            @Size(max = 100) List<@NotBlank @Size(max = Bounds.LABEL) String> areas,
            @Size(max = 4) List<@NotNull Degree> degrees,
            Instant from,
            Instant until,
            @Size(max = Bounds.TEXT) String description,
            @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping
    @Operation(summary = "Declare a caveat of the nation (for all its forces, or for one force)",
            description = "Decided for the nation itself: a planner of that nation (the token's nation), which must "
                    + "be an active member. Name what it restricts: measures, series, base activities, areas, degrees "
                    + "of authority, and/or a period.")
    public ResponseEntity<Map<String, Object>> declare(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                       @PathVariable @NationCode String nation,
                                                       @Valid @RequestBody DeclareCaveatRequest body,
                                                       HttpServletRequest request) {
        requireCoalition(coalitionId);
        if (CaveatCategories.named(body.category()).isEmpty()) {
            throw new InvalidInput("category", "must be one of " + CaveatCategories.ALL.stream()
                    .map(c -> c.code()).toList());
        }
        List<String> measures = body.measures() == null ? List.of() : body.measures();
        for (int i = 0; i < measures.size(); i++) {
            if (Compendium.measure(measures.get(i)).isEmpty()) {
                throw new InvalidInput("measures[" + i + "]", "the compendium has no measure " + measures.get(i));
            }
        }
        String recordId = NationalCaveats.recordId(coalitionId, nation);
        String caveatId = Ids.next();
        DeclareCaveat command = new DeclareCaveat(recordId, coalitionId, nation, caveatId, body.category(),
                body.forceId(), measures, body.series(), body.activities(),
                body.areas() == null ? null : body.areas().stream().map(String::strip).toList(), body.degrees(),
                body.from(), body.until(), body.description());
        return commands.send(command)
                .about(recordId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created(path(coalitionId, nation)).with("coalitionId", coalitionId)
                        .with("nation", nation).with("caveatId", caveatId));
    }

    public record LiftRequest(@NotBlank @Size(max = Bounds.TEXT) String reason, @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{caveatId}/lifting")
    @Operation(summary = "Lift one of the nation's caveats (decided for the nation itself: a planner of that nation)")
    public ResponseEntity<Map<String, Object>> lift(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                    @PathVariable @NationCode String nation,
                                                    @PathVariable @Pattern(regexp = Ids.PATTERN) String caveatId,
                                                    @Valid @RequestBody LiftRequest body,
                                                    HttpServletRequest request) {
        requireCoalition(coalitionId);
        String recordId = NationalCaveats.recordId(coalitionId, nation);
        return commands.send(new LiftCaveat(recordId, caveatId, body.reason().strip()))
                .about(recordId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("coalitionId", coalitionId).with("nation", nation).with("caveatId", caveatId));
    }

    private void requireCoalition(String coalitionId) {
        if (roster.coalition(coalitionId).isEmpty()) {
            throw new NotFound("no coalition " + coalitionId + " is known from the membership topic");
        }
    }

    private static String path(String coalitionId, String nation) {
        return "/coalitions/" + coalitionId + "/caveats/" + nation;
    }
}
