package org.entente.commandstructure.headquarters.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.commandstructure.headquarters.Component;
import org.entente.commandstructure.headquarters.EstablishHeadquarters;
import org.entente.commandstructure.headquarters.Level;
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

import java.util.Map;

@RestController
@Validated
@RequestMapping("/operations/{operationId}/headquarters")
@Tag(name = "Command tree", description = "Headquarters from the strategic level down")
public class HeadquartersController {

    private final CommandDispatcher commands;

    public HeadquartersController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record HeadquartersRequest(@NotBlank @Size(max = Bounds.NAME) String name,
                                      @NotNull Level level,
                                      Component component,
                                      @NotNull @NationCode String commanderNation,
                                      @Pattern(regexp = Ids.PATTERN) String parentNodeId,
                                      @Valid DecisionInput decision) {
    }

    @PostMapping
    @Allowed(Roles.COALITION_AUTHORITY)
    @Operation(summary = "Establish a headquarters",
            description = "The council of the operation's coalition builds the command tree. The strategic headquarters is the top and has no parent; every other one sits under a "
                    + "parent of a higher level. A COMPONENT headquarters names its component (LAND, AIR, ...). "
                    + "The commander nation must be an active member.")
    public ResponseEntity<Map<String, Object>> establish(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                         @Valid @RequestBody HeadquartersRequest body,
                                                         HttpServletRequest request) {
        if ((body.level() == Level.COMPONENT) != (body.component() != null)) {
            throw new InvalidInput("component", body.level() == Level.COMPONENT
                    ? "a COMPONENT headquarters must name its component"
                    : "only a COMPONENT headquarters has a component");
        }
        String nodeId = Ids.next();
        return commands.send(new EstablishHeadquarters(operationId, nodeId, body.name().strip(), body.level(),
                body.component(), body.commanderNation(), body.parentNodeId()))
                .about(operationId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/operations/" + operationId + "/order-of-battle")
                        .with("operationId", operationId).with("nodeId", nodeId));
    }
}
