package org.entente.membership.support.web;

import org.entente.contracts.Bounds;
import org.entente.platform.security.Allowed;
import org.entente.platform.decision.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.membership.coalition.ConfirmStanding;
import org.entente.membership.support.RecordDomesticSupport;
import org.entente.platform.command.Ids;
import org.entente.platform.command.Answer;
import org.entente.platform.command.CommandDispatcher;
import org.entente.platform.decision.DecisionInput;
import org.entente.platform.reference.NationCode;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.Map;

@RestController
@Validated
@Tag(name = "Domestic support", description = "Assessments of each member's public support, over time")
public class DomesticSupportController {

    private final CommandDispatcher commands;

    public DomesticSupportController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record AssessmentRequest(
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal supportPercent,
            @NotBlank @Size(max = Bounds.LABEL) String source,
            @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/coalitions/{coalitionId}/members/{nation}/domestic-support")
    @Operation(summary = "Record an assessment of domestic support (e.g. a poll); effectiveTime is when it was taken",
            description = "Only for a member of an open coalition, within the coalition's exercise (if any).")
    public ResponseEntity<Map<String, Object>> assess(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                      @PathVariable @NationCode String nation,
                                                      @Valid @RequestBody AssessmentRequest body,
                                                      HttpServletRequest request) {
        String seriesId = RecordDomesticSupport.seriesId(coalitionId, nation);
        return commands.send(new RecordDomesticSupport(seriesId, coalitionId, nation, body.supportPercent(),
                body.source().strip()))
                .about(seriesId)
                .asRequested(request, body, body.decision())
                .after(new ConfirmStanding(coalitionId, nation))
                .answer(Answer.created("/coalitions/" + coalitionId + "/members/" + nation + "/domestic-support")
                        .with("coalitionId", coalitionId).with("nation", nation));
    }
}
