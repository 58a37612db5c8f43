package org.entente.membership.coalition.web;

import org.entente.contracts.Bounds;
import org.entente.platform.security.Allowed;
import org.entente.platform.decision.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.membership.coalition.AmendMandate;
import org.entente.membership.coalition.AmendmentClass;
import org.entente.membership.coalition.ChangeLeadNation;
import org.entente.membership.coalition.CoalitionKind;
import org.entente.membership.coalition.CoalitionPurpose;
import org.entente.membership.coalition.DissolveCoalition;
import org.entente.membership.coalition.FormCoalition;
import org.entente.platform.command.Answer;
import org.entente.platform.command.CommandDispatcher;
import org.entente.platform.command.Ids;
import org.entente.platform.decision.DecisionInput;
import org.entente.platform.decision.DecisionRequest;
import org.entente.platform.reference.NationCode;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@Validated
@RequestMapping("/coalitions")
@Tag(name = "Coalitions", description = "Form, lead, mandate and dissolve")
public class CoalitionController {

    private final CommandDispatcher commands;

    public CoalitionController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record FormCoalitionRequest(
            @NotBlank @Size(max = Bounds.NAME) String name,
            @NotNull CoalitionKind kind,
            @NotNull CoalitionPurpose purpose,
            @NotNull @Valid LegalBasisInput legalBasis,
            @NotNull @NationCode String leadNation,
            @NotNull @Valid MandateInput mandate,
            @Size(max = 250) List<@NotNull @NationCode String> foundingMembers,
            @Valid DecisionInput decision) {
    }

    @Allowed(Roles.FOUNDER)
    @PostMapping
    @Operation(summary = "Form a coalition", description = "The lead nation and the founding members are admitted with "
            + "it. Send X-Exercise-Id to form it inside a tabletop exercise; it then belongs to that exercise for good.")
    public ResponseEntity<Map<String, Object>> form(@Valid @RequestBody FormCoalitionRequest body,
                                                    HttpServletRequest request) {
        String coalitionId = Ids.next();
        FormCoalition command = new FormCoalition(coalitionId, body.name().strip(), body.kind(), body.purpose(),
                body.legalBasis().toLegalBasis(), body.leadNation(), body.mandate().toMandate("mandate"),
                body.foundingMembers());
        return commands.send(command)
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/coalitions/" + coalitionId).with("coalitionId", coalitionId));
    }

    public record ChangeLeadNationRequest(@NotNull @NationCode String leadNation, @Valid DecisionInput decision) {
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/{coalitionId}/lead-nation")
    @Operation(summary = "Designate another lead (framework) nation; it must be an active member")
    public ResponseEntity<Map<String, Object>> changeLeadNation(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                                @Valid @RequestBody ChangeLeadNationRequest body,
                                                                HttpServletRequest request) {
        return commands.send(new ChangeLeadNation(coalitionId, body.leadNation()))
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("coalitionId", coalitionId));
    }

    public record AmendMandateRequest(@NotNull AmendmentClass classification,
                                      @NotNull @Valid MandateInput mandate,
                                      @Valid LegalBasisInput legalBasis,
                                      @Valid DecisionInput decision) {
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/{coalitionId}/mandate/amendments")
    @Operation(summary = "Amend the mandate", description = "The body holds the whole mandate after the amendment. "
            + "Its classification must match the change: adding objectives is always an EXPANSION.")
    public ResponseEntity<Map<String, Object>> amendMandate(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                            @Valid @RequestBody AmendMandateRequest body,
                                                            HttpServletRequest request) {
        String amendmentId = Ids.next();
        AmendMandate command = new AmendMandate(coalitionId, amendmentId, body.classification(),
                body.mandate().toMandate("mandate"),
                body.legalBasis() == null ? null : body.legalBasis().toLegalBasis());
        return commands.send(command)
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/coalitions/" + coalitionId + "/mandate/history")
                        .with("coalitionId", coalitionId).with("amendmentId", amendmentId));
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/{coalitionId}/dissolution")
    @Operation(summary = "Dissolve the coalition; nothing of it changes afterwards")
    public ResponseEntity<Map<String, Object>> dissolve(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                        @Valid @RequestBody(required = false) DecisionRequest body,
                                                        HttpServletRequest request) {
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(new DissolveCoalition(coalitionId))
                .about(coalitionId)
                .asRequested(request, decision, decision.decision())
                .answer(Answer.ok().with("coalitionId", coalitionId));
    }
}
