package org.entente.membership.exit.web;

import org.entente.contracts.Bounds;
import org.entente.platform.security.Allowed;
import org.entente.platform.decision.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.membership.exit.DefineMilestone;
import org.entente.membership.exit.RecordMilestoneAchieved;
import org.entente.membership.exit.RecordMilestoneSlipped;
import org.entente.platform.command.Answer;
import org.entente.platform.command.CommandDispatcher;
import org.entente.platform.command.Ids;
import org.entente.platform.decision.DecisionInput;
import org.entente.platform.decision.DecisionRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@Validated
@RequestMapping("/coalitions/{coalitionId}/milestones")
@Tag(name = "Exit strategy", description = "Transition milestones, achieved or slipped")
public class MilestoneController {

    private final CommandDispatcher commands;

    public MilestoneController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record DefineMilestoneRequest(@NotBlank @Size(max = Bounds.NAME) String name,
                                         @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = Bounds.STATEMENT) String> criteria,
                                         @NotNull LocalDate targetDate, @Valid DecisionInput decision) {
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping
    @Operation(summary = "Define a milestone: transition criteria to meet by a target date")
    public ResponseEntity<Map<String, Object>> define(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                      @Valid @RequestBody DefineMilestoneRequest body,
                                                      HttpServletRequest request) {
        String milestoneId = Ids.next();
        List<String> criteria = body.criteria().stream().map(String::strip).toList();
        return commands.send(new DefineMilestone(coalitionId, milestoneId, body.name().strip(), criteria,
                body.targetDate()))
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/coalitions/" + coalitionId + "/milestones").with("coalitionId", coalitionId)
                        .with("milestoneId", milestoneId));
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/{milestoneId}/achievement")
    @Operation(summary = "Record the milestone achieved; the decision's effectiveTime is when")
    public ResponseEntity<Map<String, Object>> achieved(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                        @PathVariable @Pattern(regexp = Ids.PATTERN) String milestoneId,
                                                        @Valid @RequestBody(required = false) DecisionRequest body,
                                                        HttpServletRequest request) {
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(new RecordMilestoneAchieved(coalitionId, milestoneId))
                .about(coalitionId)
                .asRequested(request, decision, decision.decision())
                .answer(Answer.ok().with("coalitionId", coalitionId).with("milestoneId", milestoneId));
    }

    public record SlipRequest(@NotNull LocalDate newTargetDate, @NotBlank @Size(max = Bounds.NOTE) String reason,
                              @Valid DecisionInput decision) {
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/{milestoneId}/slippage")
    @Operation(summary = "Record the milestone slipped to a later date, and why")
    public ResponseEntity<Map<String, Object>> slipped(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                       @PathVariable @Pattern(regexp = Ids.PATTERN) String milestoneId,
                                                       @Valid @RequestBody SlipRequest body,
                                                       HttpServletRequest request) {
        return commands.send(new RecordMilestoneSlipped(coalitionId, milestoneId, body.newTargetDate(),
                body.reason().strip()))
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("coalitionId", coalitionId).with("milestoneId", milestoneId));
    }
}
