package org.entente.commandstructure.operation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.commandstructure.operation.CloseOperation;
import org.entente.commandstructure.operation.ClosureCause;
import org.entente.commandstructure.operation.DesignateLeadNation;
import org.entente.commandstructure.operation.EstablishOperation;
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

import java.util.Map;

@RestController
@Validated
@RequestMapping("/operations")
@Tag(name = "Operations", description = "Establish, lead and close a coalition's operations")
public class OperationController {

    private final CommandDispatcher commands;

    public OperationController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record EstablishOperationRequest(@NotNull @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                            @NotBlank @Size(max = Bounds.NAME) String name,
                                            @NationCode String leadNation,
                                            @Valid DecisionInput decision) {
    }

    @PostMapping
    @Allowed(Roles.COALITION_AUTHORITY)
    @Operation(summary = "Establish an operation of a coalition",
            description = "The council of the coalition named in the body (role coalition-authority, scoped to it) "
                    + "establishes it. The coalition must be known from the membership topic and not dissolved; the "
                    + "operation belongs to the coalition's exercise, so send the same X-Exercise-Id. The lead "
                    + "nation, if given, must be an active member.")
    public ResponseEntity<Map<String, Object>> establish(@Valid @RequestBody EstablishOperationRequest body,
                                                         HttpServletRequest request) {
        String operationId = Ids.next();
        return commands.send(new EstablishOperation(operationId, body.coalitionId(), body.name().strip(),
                body.leadNation()))
                .about(operationId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/operations/" + operationId).with("operationId", operationId));
    }

    public record LeadNationRequest(@NotNull @NationCode String nation, @Valid DecisionInput decision) {
    }

    @PostMapping("/{operationId}/lead-nation")
    @Allowed(Roles.COALITION_AUTHORITY)
    @Operation(summary = "Designate or rotate the lead (framework) nation; it must be an active member",
            description = "The council of the operation's coalition decides.")
    public ResponseEntity<Map<String, Object>> designateLeadNation(
            @PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
            @Valid @RequestBody LeadNationRequest body, HttpServletRequest request) {
        return commands.send(new DesignateLeadNation(operationId, body.nation()))
                .about(operationId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("operationId", operationId).with("leadNation", body.nation()));
    }

    @PostMapping("/{operationId}/closure")
    @Allowed(Roles.COALITION_AUTHORITY)
    @Operation(summary = "Close the operation as concluded; every force returns to national command first",
            description = "The council of the operation's coalition decides.")
    public ResponseEntity<Map<String, Object>> close(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                     @Valid @RequestBody(required = false) DecisionRequest body,
                                                     HttpServletRequest request) {
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(new CloseOperation(operationId, ClosureCause.CONCLUDED))
                .about(operationId)
                .asRequested(request, decision, decision.decision())
                .answer(Answer.ok().with("operationId", operationId));
    }
}
