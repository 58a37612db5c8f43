package org.entente.basing.route.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.basing.route.ChangeRouteStatus;
import org.entente.basing.route.OpenSupplyRoute;
import org.entente.basing.route.RouteMode;
import org.entente.basing.route.RouteStatus;
import org.entente.contracts.Bounds;
import org.entente.platform.command.Answer;
import org.entente.platform.command.CommandDispatcher;
import org.entente.platform.command.Ids;
import org.entente.platform.decision.DecisionInput;
import org.entente.platform.decision.Roles;
import org.entente.platform.security.Allowed;
import org.entente.platform.web.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.Map;

@RestController
@Validated
@RequestMapping("/routes")
@Tag(name = "Supply routes", description = "Links of the logistics network and whether they are open; recorded by "
        + "commanders")
public class SupplyRouteController {

    private final CommandDispatcher commands;

    public SupplyRouteController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record OpenRouteRequest(
            @NotNull @Pattern(regexp = Ids.PATTERN) String coalitionId,
            @Schema(example = "Sigonella sea line") @NotBlank @Size(max = Bounds.LABEL) String name,
            @Schema(example = "Taranto") @NotBlank @Size(max = Bounds.LABEL) String origin,
            @Schema(example = "Souda Bay") @NotBlank @Size(max = Bounds.LABEL) String destination,
            @NotNull RouteMode mode,
            @Schema(example = "1500") @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 3)
            BigDecimal dailyCapacityTonnes,
            @Schema(description = "default OPEN") RouteStatus status,
            @Schema(description = "the basing agreement whose site the route runs through")
            @Pattern(regexp = Ids.PATTERN) String agreementId,
            @Valid DecisionInput decision) {
    }

    @Allowed(Roles.COMMANDER)
    @PostMapping
    @Operation(summary = "Record a supply route of a coalition, optionally through a base of it")
    public ResponseEntity<Map<String, Object>> open(@Valid @RequestBody OpenRouteRequest body,
                                                    HttpServletRequest request) {
        if (body.origin().strip().equalsIgnoreCase(body.destination().strip())) {
            throw new InvalidInput("destination", "must differ from origin");
        }
        String routeId = Ids.next();
        OpenSupplyRoute command = new OpenSupplyRoute(routeId, body.coalitionId(), body.name().strip(),
                body.origin().strip(), body.destination().strip(), body.mode(), body.dailyCapacityTonnes(),
                body.status() == null ? RouteStatus.OPEN : body.status(), body.agreementId());
        return commands.send(command)
                .about(routeId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/routes/" + routeId).with("routeId", routeId));
    }

    public record StatusRequest(@NotNull RouteStatus status, @Size(max = Bounds.NOTE) String reason,
                                @Valid DecisionInput decision) {
    }

    @Allowed(Roles.COMMANDER)
    @PostMapping("/{routeId}/status")
    @Operation(summary = "The route is open, contested or closed from now (or the decision's effective time)")
    public ResponseEntity<Map<String, Object>> status(@PathVariable @Pattern(regexp = Ids.PATTERN) String routeId,
                                                      @Valid @RequestBody StatusRequest body,
                                                      HttpServletRequest request) {
        String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        return commands.send(new ChangeRouteStatus(routeId, body.status(), reason))
                .about(routeId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("routeId", routeId));
    }
}
