package org.entente.basing.clearance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.basing.clearance.ClearanceKind;
import org.entente.basing.clearance.ClearancePurpose;
import org.entente.basing.clearance.DenyClearance;
import org.entente.basing.clearance.ExpireClearance;
import org.entente.basing.clearance.GrantClearance;
import org.entente.basing.clearance.ReinstateClearance;
import org.entente.basing.clearance.RequestClearance;
import org.entente.contracts.Bounds;
import org.entente.platform.command.Answer;
import org.entente.platform.command.CommandDispatcher;
import org.entente.platform.command.Ids;
import org.entente.platform.decision.DecisionInput;
import org.entente.platform.decision.DecisionRequest;
import org.entente.platform.decision.Roles;
import org.entente.platform.reference.NationCode;
import org.entente.platform.security.Allowed;
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
@RequestMapping("/clearances")
@Tag(name = "Diplomatic clearances", description = "Request, grant, deny, expire and reinstate overflight and landing "
        + "clearances. A planner of the user nation asks; a planner of the granting state grants, denies and "
        + "reinstates; either records the expiry")
public class ClearanceController {

    private final CommandDispatcher commands;

    public ClearanceController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record RequestClearanceRequest(
            @NotNull @Pattern(regexp = Ids.PATTERN) String coalitionId,
            @NotNull @NationCode String userNation,
            @NotNull @NationCode String grantingNation,
            @NotNull ClearanceKind kind,
            @NotNull ClearancePurpose purpose,
            @Schema(example = "C-17A, 2 aircraft") @NotBlank @Size(max = Bounds.LABEL) String aircraft,
            @Schema(example = "2011-03-28T06:00:00Z") @NotNull Instant firstUseAt,
            @Schema(description = "ask with less notice than the granting state's lead time; flagged short notice")
            Boolean urgent,
            @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping
    @Operation(summary = "Ask a granting state for diplomatic clearance",
            description = "The user nation must be an active member. A request with less notice than the granting "
                    + "state's lead time (GET /reference/clearance-lead-times) is refused unless urgent.")
    public ResponseEntity<Map<String, Object>> request(@Valid @RequestBody RequestClearanceRequest body,
                                                       HttpServletRequest request) {
        String clearanceId = Ids.next();
        RequestClearance command = new RequestClearance(clearanceId, body.coalitionId(), body.userNation(),
                body.grantingNation(), body.kind(), body.purpose(), body.aircraft().strip(), body.firstUseAt(),
                Boolean.TRUE.equals(body.urgent()));
        return commands.send(command)
                .about(clearanceId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/clearances/" + clearanceId).with("clearanceId", clearanceId));
    }

    public record GrantRequest(
            @Schema(example = "DIC-2011-0457") @NotBlank @Size(max = Bounds.SHORT) String clearanceNumber,
            @NotNull Instant validUntil,
            @Size(max = 50) List<@NotBlank @Size(max = Bounds.NOTE) String> conditions,
            @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{clearanceId}/grant")
    @Operation(summary = "Record the granting state's clearance number, validity and conditions")
    public ResponseEntity<Map<String, Object>> grant(@PathVariable @Pattern(regexp = Ids.PATTERN) String clearanceId,
                                                     @Valid @RequestBody GrantRequest body,
                                                     HttpServletRequest request) {
        List<String> conditions = body.conditions() == null ? List.of()
                : body.conditions().stream().map(String::strip).toList();
        return commands.send(new GrantClearance(clearanceId, body.clearanceNumber().strip(), body.validUntil(),
                conditions))
                .about(clearanceId)
                .asRequested(request, body, body.decision())
                .answer(ok(clearanceId));
    }

    public record DenyRequest(@NotBlank @Size(max = Bounds.NOTE) String reason, @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{clearanceId}/denial")
    @Operation(summary = "Record that the granting state refused")
    public ResponseEntity<Map<String, Object>> deny(@PathVariable @Pattern(regexp = Ids.PATTERN) String clearanceId,
                                                    @Valid @RequestBody DenyRequest body,
                                                    HttpServletRequest request) {
        return commands.send(new DenyClearance(clearanceId, body.reason().strip()))
                .about(clearanceId)
                .asRequested(request, body, body.decision())
                .answer(ok(clearanceId));
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{clearanceId}/expiry")
    @Operation(summary = "Record that a granted clearance reached its end (effective at or after validUntil)")
    public ResponseEntity<Map<String, Object>> expire(@PathVariable @Pattern(regexp = Ids.PATTERN) String clearanceId,
                                                      @Valid @RequestBody(required = false) DecisionRequest body,
                                                      HttpServletRequest request) {
        return decide(request, body, clearanceId, new ExpireClearance(clearanceId));
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{clearanceId}/reinstatement")
    @Operation(summary = "Reinstate a suspended clearance, once its granting state stands in the coalition again")
    public ResponseEntity<Map<String, Object>> reinstate(
            @PathVariable @Pattern(regexp = Ids.PATTERN) String clearanceId,
            @Valid @RequestBody(required = false) DecisionRequest body, HttpServletRequest request) {
        return decide(request, body, clearanceId, new ReinstateClearance(clearanceId));
    }

    private ResponseEntity<Map<String, Object>> decide(HttpServletRequest request, DecisionRequest body,
                                                       String clearanceId, Object command) {
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(command)
                .about(clearanceId)
                .asRequested(request, decision, decision.decision())
                .answer(ok(clearanceId));
    }

    private static Answer ok(String clearanceId) {
        return Answer.ok().with("clearanceId", clearanceId);
    }
}
