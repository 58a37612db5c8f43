package org.entente.basing.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.basing.agreement.AdvanceBasingAgreement;
import org.entente.basing.agreement.AgreementStage;
import org.entente.basing.agreement.CloseBasingAgreement;
import org.entente.basing.agreement.ClosureCause;
import org.entente.basing.agreement.ExpireBasingAgreement;
import org.entente.basing.agreement.ReinstateBasingAgreement;
import org.entente.basing.agreement.RenewBasingAgreement;
import org.entente.basing.agreement.RequestBasingAgreement;
import org.entente.basing.agreement.RestrictBasingAgreement;
import org.entente.basing.agreement.RevokeBasingAgreement;
import org.entente.basing.agreement.SuspendBasingAgreement;
import org.entente.basing.agreement.SuspensionCause;
import org.entente.basing.theatre.Activity;
import org.entente.contracts.Bounds;
import org.entente.platform.command.Answer;
import org.entente.platform.command.CommandDispatcher;
import org.entente.platform.command.Ids;
import org.entente.platform.decision.DecisionInput;
import org.entente.platform.decision.DecisionRequest;
import org.entente.platform.decision.Roles;
import org.entente.platform.reference.NationCode;
import org.entente.platform.security.Allowed;
import org.entente.platform.web.InvalidInput;
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
@RequestMapping("/agreements")
@Tag(name = "Basing agreements", description = "Request, negotiate, restrict, suspend, renew, expire, revoke. The "
        + "coalition's council asks for a base and closes it; the host nation's planner restricts, suspends, reinstates "
        + "and revokes (a suspension or revocation states its rationale and authority); both parties sign each stage, "
        + "each by its own signatory; either party renews and records the expiry")
public class BasingAgreementController {

    private final CommandDispatcher commands;

    public BasingAgreementController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record RequestAgreementRequest(
            @NotNull @Pattern(regexp = Ids.PATTERN) String coalitionId,
            @NotNull @NationCode String hostNation,
            @Schema(example = "Aviano Air Base") @NotBlank @Size(max = Bounds.LABEL) String site,
            @NotEmpty @Size(max = 20) List<@NotNull Activity> permittedActivities,
            @NotNull @Valid CapacityInput capacity,
            @Schema(example = "2011-03-20T00:00:00Z") @NotNull Instant validFrom,
            @Schema(example = "2011-09-27T00:00:00Z") @NotNull Instant validUntil,
            @Valid DecisionInput decision) {
    }

    @Allowed(Roles.COALITION_AUTHORITY)
    @PostMapping
    @Operation(summary = "Ask a host nation for a base",
            description = "The host must be an active member of the coalition or an associated partner (the "
                    + "agreement shows which). Send X-Exercise-Id for a coalition of a tabletop exercise.")
    public ResponseEntity<Map<String, Object>> request(@Valid @RequestBody RequestAgreementRequest body,
                                                       HttpServletRequest request) {
        if (!body.validUntil().isAfter(body.validFrom())) {
            throw new InvalidInput("validUntil", "must be after validFrom");
        }
        String agreementId = Ids.next();
        RequestBasingAgreement command = new RequestBasingAgreement(agreementId, body.coalitionId(),
                body.hostNation(), body.site().strip(),
                ActivitiesInput.distinct(body.permittedActivities(), "permittedActivities"),
                body.capacity().personnel(), body.capacity().aircraftParking(), body.validFrom(), body.validUntil());
        return commands.send(command)
                .about(agreementId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created(path(agreementId)).with("agreementId", agreementId));
    }

    public record AdvanceRequest(@NotNull AgreementStage stage, @Valid DecisionInput decision) {
    }

    @Allowed({Roles.PLANNER, Roles.COALITION_AUTHORITY})
    @PostMapping("/{agreementId}/stages")
    @Operation(summary = "Sign the next stage: MOU_SIGNED, then TECHNICAL_ARRANGEMENT_SIGNED, then IN_FORCE",
            description = "The host nation (its planner) and the coalition (its council) each sign every stage; the "
                    + "first signature is recorded as BasingAgreementStageSigned (status unchanged), the second, by "
                    + "another person, makes the stage take effect (BasingAgreementAdvanced). A party signs a stage "
                    + "once (409 each-party-signs-once); one person does not sign for both (409 two-signatories-sign).")
    public ResponseEntity<Map<String, Object>> advance(@PathVariable @Pattern(regexp = Ids.PATTERN) String agreementId,
                                                       @Valid @RequestBody AdvanceRequest body,
                                                       HttpServletRequest request) {
        return commands.send(new AdvanceBasingAgreement(agreementId, body.stage()))
                .about(agreementId)
                .asRequested(request, body, body.decision())
                .answer(ok(agreementId));
    }

    public record RestrictRequest(@NotEmpty @Size(max = 20) List<@NotNull Activity> permittedActivities,
                                  @Size(max = Bounds.NOTE) String reason, @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{agreementId}/restriction")
    @Operation(summary = "Restrict an agreement in force to fewer activities: the body lists what remains permitted")
    public ResponseEntity<Map<String, Object>> restrict(@PathVariable @Pattern(regexp = Ids.PATTERN) String agreementId,
                                                        @Valid @RequestBody RestrictRequest body,
                                                        HttpServletRequest request) {
        return commands.send(new RestrictBasingAgreement(agreementId,
                ActivitiesInput.distinct(body.permittedActivities(), "permittedActivities"), strip(body.reason())))
                .about(agreementId)
                .asRequested(request, body, body.decision())
                .answer(ok(agreementId));
    }

    public record ReasonRequest(@Size(max = Bounds.NOTE) String reason, @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{agreementId}/suspension")
    @Operation(summary = "Suspend an agreement: nothing is permitted until it is reinstated",
            description = "A decision of consequence: the body's decision names its rationale and authority (400 "
                    + "naming decision.rationale or decision.authority otherwise, nothing recorded).")
    public ResponseEntity<Map<String, Object>> suspend(@PathVariable @Pattern(regexp = Ids.PATTERN) String agreementId,
                                                       @Valid @RequestBody(required = false) ReasonRequest body,
                                                       HttpServletRequest request) {
        ReasonRequest reason = body == null ? new ReasonRequest(null, null) : body;
        return commands.send(new SuspendBasingAgreement(agreementId, SuspensionCause.DECISION, strip(reason.reason())))
                .about(agreementId)
                .asRequested(request, reason, reason.decision())
                .answer(ok(agreementId));
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{agreementId}/reinstatement")
    @Operation(summary = "Reinstate a suspended agreement to the status it had; not while its host is suspended from "
            + "or has left the coalition")
    public ResponseEntity<Map<String, Object>> reinstate(
            @PathVariable @Pattern(regexp = Ids.PATTERN) String agreementId,
            @Valid @RequestBody(required = false) DecisionRequest body, HttpServletRequest request) {
        return decide(request, body, agreementId, new ReinstateBasingAgreement(agreementId));
    }

    public record RenewRequest(@Schema(example = "2012-03-27T00:00:00Z") @NotNull Instant validUntil,
                               @Valid DecisionInput decision) {
    }

    @Allowed({Roles.PLANNER, Roles.COALITION_AUTHORITY})
    @PostMapping("/{agreementId}/renewal")
    @Operation(summary = "Renew an agreement in force (or suspended while in force) to a later end; an expired one "
            + "is asked for anew")
    public ResponseEntity<Map<String, Object>> renew(@PathVariable @Pattern(regexp = Ids.PATTERN) String agreementId,
                                                     @Valid @RequestBody RenewRequest body,
                                                     HttpServletRequest request) {
        return commands.send(new RenewBasingAgreement(agreementId, body.validUntil()))
                .about(agreementId)
                .asRequested(request, body, body.decision())
                .answer(ok(agreementId));
    }

    @Allowed({Roles.PLANNER, Roles.COALITION_AUTHORITY})
    @PostMapping("/{agreementId}/expiry")
    @Operation(summary = "Record that the agreement reached its end (effective at or after validUntil)")
    public ResponseEntity<Map<String, Object>> expire(@PathVariable @Pattern(regexp = Ids.PATTERN) String agreementId,
                                                      @Valid @RequestBody(required = false) DecisionRequest body,
                                                      HttpServletRequest request) {
        return decide(request, body, agreementId, new ExpireBasingAgreement(agreementId));
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{agreementId}/revocation")
    @Operation(summary = "The host revokes its consent for good",
            description = "A decision of consequence: the body's decision names its rationale and authority (400 "
                    + "naming decision.rationale or decision.authority otherwise, nothing recorded).")
    public ResponseEntity<Map<String, Object>> revoke(@PathVariable @Pattern(regexp = Ids.PATTERN) String agreementId,
                                                      @Valid @RequestBody(required = false) ReasonRequest body,
                                                      HttpServletRequest request) {
        ReasonRequest reason = body == null ? new ReasonRequest(null, null) : body;
        return commands.send(new RevokeBasingAgreement(agreementId, strip(reason.reason())))
                .about(agreementId)
                .asRequested(request, reason, reason.decision())
                .answer(ok(agreementId));
    }

    @Allowed(Roles.COALITION_AUTHORITY)
    @PostMapping("/{agreementId}/closure")
    @Operation(summary = "Close the agreement for good: the coalition no longer needs the base")
    public ResponseEntity<Map<String, Object>> close(@PathVariable @Pattern(regexp = Ids.PATTERN) String agreementId,
                                                     @Valid @RequestBody(required = false) DecisionRequest body,
                                                     HttpServletRequest request) {
        return decide(request, body, agreementId, new CloseBasingAgreement(agreementId, ClosureCause.CONCLUDED));
    }

    private ResponseEntity<Map<String, Object>> decide(HttpServletRequest request, DecisionRequest body,
                                                       String agreementId, Object command) {
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(command)
                .about(agreementId)
                .asRequested(request, decision, decision.decision())
                .answer(ok(agreementId));
    }

    private static Answer ok(String agreementId) {
        return Answer.ok().with("agreementId", agreementId);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String path(String agreementId) {
        return "/agreements/" + agreementId;
    }
}
