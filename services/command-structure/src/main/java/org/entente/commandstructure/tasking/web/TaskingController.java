package org.entente.commandstructure.tasking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.commandstructure.authority.TaskingKind;
import org.entente.commandstructure.authority.web.ForceController;
import org.entente.commandstructure.tasking.ApproveTasking;
import org.entente.commandstructure.tasking.SetRedCardPolicy;
import org.entente.commandstructure.tasking.TaskForce;
import org.entente.commandstructure.tasking.VetoTasking;
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

import java.util.List;
import java.util.Map;

@RestController
@Validated
@RequestMapping("/operations/{operationId}")
@Tag(name = "Taskings and red cards", description = "Task forces under coalition authority; red-card approvals and vetoes")
public class TaskingController {

    private final CommandDispatcher commands;

    public TaskingController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record TaskingRequest(@NotNull @Pattern(regexp = Ids.PATTERN) String nodeId,
                                 @NotNull @Pattern(regexp = Ids.PATTERN) String forceId,
                                 @NotNull TaskingKind kind,
                                 @Pattern(regexp = ForceController.FUNCTION) String function,
                                 @Size(min = 1, max = Bounds.NAME) String area,
                                 @NotBlank @Size(max = Bounds.TEXT) String description,
                                 @Valid DecisionInput decision) {
    }

    @PostMapping("/taskings")
    @Allowed(Roles.COMMANDER)
    @Operation(summary = "A headquarters tasks a force under coalition authority",
            description = "A commander of the nation commanding the headquarters gives the order (the token's "
                    + "nation). The headquarters must be the force's or one above it; the degree held must permit the kind "
                    + "(GET /reference/degrees-of-authority) and the tasking must fit the placement's functions, "
                    + "area and time window. If the nation's red-card policy covers the kind, the tasking waits "
                    + "for its holder (PENDING_APPROVAL).")
    public ResponseEntity<Map<String, Object>> task(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                    @Valid @RequestBody TaskingRequest body,
                                                    HttpServletRequest request) {
        String taskingId = Ids.next();
        return commands.send(new TaskForce(operationId, taskingId, body.nodeId(), body.forceId(), body.kind(),
                body.function(), body.area() == null ? null : body.area().strip(), body.description().strip()))
                .about(operationId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/operations/" + operationId + "/taskings/" + taskingId)
                        .with("operationId", operationId).with("taskingId", taskingId));
    }

    @PostMapping("/taskings/{taskingId}/approval")
    @Allowed(Roles.RED_CARD_HOLDER)
    @Operation(summary = "The red-card holder approves a pending tasking; say why in decision.rationale",
            description = "Role red-card-holder, of the force's nation, and the holder the nation named (the token's "
                    + "actor).")
    public ResponseEntity<Map<String, Object>> approve(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                       @PathVariable @Pattern(regexp = Ids.PATTERN) String taskingId,
                                                       @Valid @RequestBody(required = false) DecisionRequest body,
                                                       HttpServletRequest request) {
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(new ApproveTasking(operationId, taskingId))
                .about(operationId)
                .asRequested(request, decision, decision.decision())
                .answer(Answer.ok().with("operationId", operationId).with("taskingId", taskingId));
    }

    public record VetoRequest(@NotBlank @Size(max = Bounds.TEXT) String reason, @Valid DecisionInput decision) {
    }

    @PostMapping("/taskings/{taskingId}/veto")
    @Allowed(Roles.RED_CARD_HOLDER)
    @Operation(summary = "The red-card holder refuses a pending tasking, with the reason",
            description = "Role red-card-holder, of the force's nation, and the holder the nation named (the token's "
                    + "actor).")
    public ResponseEntity<Map<String, Object>> veto(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                    @PathVariable @Pattern(regexp = Ids.PATTERN) String taskingId,
                                                    @Valid @RequestBody VetoRequest body,
                                                    HttpServletRequest request) {
        return commands.send(new VetoTasking(operationId, taskingId, body.reason().strip()))
                .about(operationId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("operationId", operationId).with("taskingId", taskingId));
    }

    public record RedCardPolicyRequest(@NotNull @NationCode String nation,
                                       @NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}") String holder,
                                       @NotNull @Size(max = 20) List<@NotNull TaskingKind> taskingKinds,
                                       @Valid DecisionInput decision) {
    }

    @PostMapping("/red-card-policies")
    @Allowed(Roles.PLANNER)
    @Operation(summary = "A nation names its red-card holder and the tasking kinds that need approval",
            description = "A planner of the nation itself (the token's nation) records it, as for the nation's other "
                    + "restrictions; it replaces the nation's earlier policy.")
    public ResponseEntity<Map<String, Object>> setRedCardPolicy(
            @PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
            @Valid @RequestBody RedCardPolicyRequest body, HttpServletRequest request) {
        return commands.send(new SetRedCardPolicy(operationId, body.nation(), body.holder(),
                body.taskingKinds().stream().distinct().toList()))
                .about(operationId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/operations/" + operationId + "/red-card-policies")
                        .with("operationId", operationId).with("nation", body.nation()));
    }
}
