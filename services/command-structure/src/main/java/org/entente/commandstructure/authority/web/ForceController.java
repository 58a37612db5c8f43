package org.entente.commandstructure.authority.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.PlaceForceUnderAuthority;
import org.entente.commandstructure.authority.RecallForce;
import org.entente.contracts.Bounds;
import org.entente.platform.command.Answer;
import org.entente.platform.command.CommandDispatcher;
import org.entente.platform.command.Ids;
import org.entente.platform.decision.DecisionInput;
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
@RequestMapping("/operations/{operationId}/forces")
@Tag(name = "Transfer of authority", description = "Nations place their forces under coalition headquarters and recall them")
public class ForceController {

    /** Function names as used in scopes and taskings, e.g. ARMS_EMBARGO, NO_FLY_ZONE, STRIKE. */
    public static final String FUNCTION = "[A-Z][A-Z0-9_]{0,39}";

    private final CommandDispatcher commands;

    public ForceController(CommandDispatcher commands) {
        this.commands = commands;
    }

    /**
     * @param functions what the authority covers; empty or absent = every function
     * @param area      where it applies; absent = everywhere
     * @param from      from when; absent = from the placement on
     * @param until     until when (exclusive); absent = until recalled
     */
    public record ScopeInput(@Size(max = 20) List<@NotNull @Pattern(regexp = FUNCTION) String> functions,
                             @Size(min = 1, max = Bounds.NAME) String area,
                             Instant from,
                             Instant until) {
    }

    public record PlacementRequest(@NotNull @Pattern(regexp = Ids.PATTERN) String forceId,
                                   @NotNull @NationCode String nation,
                                   @NotBlank @Size(max = Bounds.SHORT) String forceType,
                                   @NotNull @Min(1) @Max(1_000_000) Integer size,
                                   @NotNull @Pattern(regexp = Ids.PATTERN) String nodeId,
                                   @NotNull Degree degree,
                                   @Valid ScopeInput scope,
                                   @Valid DecisionInput decision) {
    }

    @PostMapping
    @Allowed(Roles.PLANNER)
    @Operation(summary = "Place a national force under a headquarters (transfer of authority)",
            description = "A planner of the force's own nation (the token's nation) places it, and only while an "
                    + "active member. "
                    + "The scope limits the authority by function, area and time; a force placed again (another "
                    + "headquarters, degree or scope, e.g. a staged transfer) replaces its placement, and taskings "
                    + "the new placement no longer allows end.")
    public ResponseEntity<Map<String, Object>> place(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                     @Valid @RequestBody PlacementRequest body,
                                                     HttpServletRequest request) {
        ScopeInput scope = body.scope() == null ? new ScopeInput(null, null, null, null) : body.scope();
        if (scope.from() != null && scope.until() != null && !scope.until().isAfter(scope.from())) {
            throw new InvalidInput("scope.until", "must be after scope.from");
        }
        List<String> functions = scope.functions() == null ? List.of() : scope.functions().stream().distinct().toList();
        return commands.send(new PlaceForceUnderAuthority(operationId, body.forceId(), body.nation(),
                body.forceType().strip(), body.size(), body.nodeId(), body.degree(), functions,
                scope.area() == null ? null : scope.area().strip(), scope.from(), scope.until()))
                .about(operationId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/operations/" + operationId + "/forces/" + body.forceId())
                        .with("operationId", operationId).with("forceId", body.forceId()));
    }

    public record RecallRequest(@NotBlank @Size(max = Bounds.TEXT) String reason, @Valid DecisionInput decision) {
    }

    @PostMapping("/{forceId}/recall")
    @Allowed(Roles.PLANNER)
    @Operation(summary = "The force's nation takes it back under national command, at any time",
            description = "A planner of the force's nation (the token's nation) recalls it.")
    public ResponseEntity<Map<String, Object>> recall(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                      @PathVariable @Pattern(regexp = Ids.PATTERN) String forceId,
                                                      @Valid @RequestBody RecallRequest body,
                                                      HttpServletRequest request) {
        return commands.send(new RecallForce(operationId, forceId, body.reason().strip()))
                .about(operationId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("operationId", operationId).with("forceId", forceId));
    }
}
