package org.entente.roe.profile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.entente.platform.web.NotFound;
import org.entente.roe.profile.AuthoriseMeasure;
import org.entente.roe.profile.CancelMeasure;
import org.entente.roe.profile.EstablishProfile;
import org.entente.roe.profile.ImplementMeasure;
import org.entente.roe.profile.OperationDirectory;
import org.entente.roe.profile.ReauthoriseProfile;
import org.entente.roe.profile.RequestMeasure;
import org.entente.roe.reference.Compendium;
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
@RequestMapping("/operations/{operationId}/roe-profile")
@Tag(name = "ROE profiles", description = "Request, authorise, implement and cancel measures of an operation")
public class ProfileController {

    /** Measure codes as the compendium writes them: series number and letter. */
    public static final String MEASURE_CODE = "[0-9]{2}[A-Z]";

    private final CommandDispatcher commands;
    private final OperationDirectory operations;

    public ProfileController(CommandDispatcher commands, OperationDirectory operations) {
        this.commands = commands;
        this.operations = operations;
    }

    @Allowed(Roles.COMMANDER)
    @PostMapping
    @Operation(summary = "Establish the ROE profile of an operation",
            description = "By a commander serving the operation's coalition (the token's coalitions must include "
                    + "it). The operation must be known from the command-structure topic and its "
                    + "coalition from the membership topic; the profile belongs to the coalition's exercise (send "
                    + "X-Exercise-Id).")
    public ResponseEntity<Map<String, Object>> establish(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                         @Valid @RequestBody(required = false) DecisionRequest body,
                                                         HttpServletRequest request) {
        if (operations.operation(operationId).isEmpty()) {
            throw new NotFound("no operation " + operationId + " is known from the command-structure topic");
        }
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(new EstablishProfile(operationId))
                .about(operationId)
                .asRequested(request, decision, decision.decision())
                .answer(Answer.created(path(operationId)).with("operationId", operationId));
    }

    public record RequestMeasureRequest(
            @NotNull @Pattern(regexp = MEASURE_CODE, message = "must be a measure code such as 13A") String measureCode,
            @Size(min = 1, max = Bounds.NAME) String parameter,
            @NotNull @NationCode String nation,
            @Size(min = 1, max = Bounds.NAME) String commander,
            @Valid DecisionInput decision) {
    }

    @Allowed(Roles.COMMANDER)
    @PostMapping("/measures")
    @Operation(summary = "Request a measure of the compendium, with its parameter",
            description = "Raised by a commander serving the operation's coalition (the token's coalitions must "
                    + "include it) for his own nation (the token's nation), which must be an active member. It permits "
                    + "nothing until authorised.")
    public ResponseEntity<Map<String, Object>> requestMeasure(
            @PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
            @Valid @RequestBody RequestMeasureRequest body, HttpServletRequest request) {
        if (Compendium.measure(body.measureCode()).isEmpty()) {
            throw new InvalidInput("measureCode", "the compendium has no measure " + body.measureCode()
                    + "; see /compendium");
        }
        String requestId = Ids.next();
        RequestMeasure command = new RequestMeasure(operationId, requestId, body.measureCode(),
                body.parameter() == null ? null : body.parameter().strip(), body.nation(),
                body.commander() == null ? null : body.commander().strip());
        return commands.send(command)
                .about(operationId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created(path(operationId)).with("operationId", operationId)
                        .with("requestId", requestId));
    }

    @Allowed(Roles.COALITION_AUTHORITY)
    @PostMapping("/measures/{requestId}/authorisation")
    @Operation(summary = "Authorise a requested measure; decision.authority is required",
            description = "By the council of the operation's coalition (the token's coalitions must include it).")
    public ResponseEntity<Map<String, Object>> authorise(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                         @PathVariable @Pattern(regexp = Ids.PATTERN) String requestId,
                                                         @Valid @RequestBody(required = false) DecisionRequest body,
                                                         HttpServletRequest request) {
        return decide(request, body, operationId, requestId, new AuthoriseMeasure(operationId, requestId));
    }

    @Allowed(Roles.COMMANDER)
    @PostMapping("/measures/{requestId}/implementation")
    @Operation(summary = "Record that an authorised measure was put into effect",
            description = "By a commander serving the operation's coalition (the token's coalitions must include it).")
    public ResponseEntity<Map<String, Object>> implement(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                         @PathVariable @Pattern(regexp = Ids.PATTERN) String requestId,
                                                         @Valid @RequestBody(required = false) DecisionRequest body,
                                                         HttpServletRequest request) {
        return decide(request, body, operationId, requestId, new ImplementMeasure(operationId, requestId));
    }

    public record CancelRequest(@NotBlank @Size(max = Bounds.TEXT) String reason, @Valid DecisionInput decision) {
    }

    @Allowed({Roles.COALITION_AUTHORITY, Roles.COMMANDER})
    @PostMapping("/measures/{requestId}/cancellation")
    @Operation(summary = "Cancel a measure that is requested, authorised or implemented",
            description = "A commander serving the operation's coalition withdraws a request of his own nation "
                    + "while it awaits authorisation; "
                    + "anything else is cancelled by the council of the operation's coalition.")
    public ResponseEntity<Map<String, Object>> cancel(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                      @PathVariable @Pattern(regexp = Ids.PATTERN) String requestId,
                                                      @Valid @RequestBody CancelRequest body,
                                                      HttpServletRequest request) {
        return commands.send(new CancelMeasure(operationId, requestId, body.reason().strip()))
                .about(operationId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("operationId", operationId).with("requestId", requestId));
    }

    @Allowed(Roles.COALITION_AUTHORITY)
    @PostMapping("/reauthorisation")
    @Operation(summary = "Re-authorise the profile after a mandate expansion; decision.authority is required",
            description = "By the council of the operation's coalition (the token's coalitions must include it).")
    public ResponseEntity<Map<String, Object>> reauthorise(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                           @Valid @RequestBody(required = false) DecisionRequest body,
                                                           HttpServletRequest request) {
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(new ReauthoriseProfile(operationId))
                .about(operationId)
                .asRequested(request, decision, decision.decision())
                .answer(Answer.ok().with("operationId", operationId));
    }

    private ResponseEntity<Map<String, Object>> decide(HttpServletRequest request, DecisionRequest body,
                                                       String operationId, String requestId, Object command) {
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(command)
                .about(operationId)
                .asRequested(request, decision, decision.decision())
                .answer(Answer.ok().with("operationId", operationId).with("requestId", requestId));
    }

    private static String path(String operationId) {
        return "/operations/" + operationId + "/roe-profile";
    }
}
