package org.entente.basing.sustainment.web;

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
import org.entente.basing.sustainment.CloseSustainmentRequest;
import org.entente.basing.sustainment.FlagShortfall;
import org.entente.basing.sustainment.RecordSupplyDelivery;
import org.entente.basing.sustainment.RequestSustainment;
import org.entente.basing.sustainment.SupplyClass;
import org.entente.basing.sustainment.SustainmentClosureCause;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

@RestController
@Validated
@RequestMapping("/sustainment-requests")
@Tag(name = "Sustainment", description = "Supplies a force asks for by class, what arrived, and shortfalls. A "
        + "planner of the force's nation asks and cancels; commanders record deliveries and shortfalls")
public class SustainmentController {

    private final CommandDispatcher commands;

    public SustainmentController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record QuantityInput(
            @Schema(example = "120.5") @NotNull @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 12, fraction = 3) BigDecimal value,
            @Schema(example = "t") @NotNull @Pattern(regexp = "[A-Za-z][A-Za-z0-9 ._/-]{0,29}") String unit) {
    }

    public record SustainmentRequestBody(
            @NotNull @Pattern(regexp = Ids.PATTERN) String coalitionId,
            @Schema(example = "1-GBR-ARMD-BDE") @NotNull @Pattern(regexp = "[A-Za-z0-9._:/-]{1,100}") String forceId,
            @NotNull @NationCode String nation,
            @NotNull SupplyClass supplyClass,
            @NotNull @Valid QuantityInput quantity,
            @Schema(example = "2011-04-02T12:00:00Z") @NotNull Instant needBy,
            @Schema(description = "the basing agreement whose site it goes through") @Pattern(regexp = Ids.PATTERN)
            String agreementId,
            @Schema(description = "the supply route it goes along") @Pattern(regexp = Ids.PATTERN) String routeId,
            @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping
    @Operation(summary = "A force asks for supplies of one class, through a base and/or along a route",
            description = "The base must be in force and permit LOGISTICS; the route must not be closed.")
    public ResponseEntity<Map<String, Object>> request(@Valid @RequestBody SustainmentRequestBody body,
                                                       HttpServletRequest request) {
        if (body.agreementId() == null && body.routeId() == null) {
            throw new InvalidInput("agreementId", "give the base (agreementId), the route (routeId) or both");
        }
        String requestId = Ids.next();
        RequestSustainment command = new RequestSustainment(requestId, body.coalitionId(), body.forceId(),
                body.nation(), body.supplyClass(), body.quantity().value(), body.quantity().unit().strip(),
                body.needBy(), body.agreementId(), body.routeId());
        return commands.send(command)
                .about(requestId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/sustainment-requests/" + requestId).with("requestId", requestId));
    }

    public record DeliveryRequest(@NotNull @Valid QuantityInput quantity, @Valid DecisionInput decision) {
    }

    @Allowed(Roles.COMMANDER)
    @PostMapping("/{requestId}/deliveries")
    @Operation(summary = "Record supplies that arrived, in the request's unit; effectiveTime is when")
    public ResponseEntity<Map<String, Object>> deliver(@PathVariable @Pattern(regexp = Ids.PATTERN) String requestId,
                                                       @Valid @RequestBody DeliveryRequest body,
                                                       HttpServletRequest request) {
        String deliveryId = Ids.next();
        return commands.send(new RecordSupplyDelivery(requestId, deliveryId, body.quantity().value(),
                body.quantity().unit().strip()))
                .about(requestId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/sustainment-requests/" + requestId).with("requestId", requestId)
                        .with("deliveryId", deliveryId));
    }

    public record ReasonBody(@NotBlank @Size(max = Bounds.NOTE) String reason, @Valid DecisionInput decision) {
    }

    @Allowed(Roles.COMMANDER)
    @PostMapping("/{requestId}/shortfall")
    @Operation(summary = "Flag that the request cannot be met in full, and why")
    public ResponseEntity<Map<String, Object>> shortfall(@PathVariable @Pattern(regexp = Ids.PATTERN) String requestId,
                                                         @Valid @RequestBody ReasonBody body,
                                                         HttpServletRequest request) {
        return commands.send(new FlagShortfall(requestId, body.reason().strip()))
                .about(requestId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("requestId", requestId));
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{requestId}/cancellation")
    @Operation(summary = "The force no longer needs the supplies")
    public ResponseEntity<Map<String, Object>> cancel(@PathVariable @Pattern(regexp = Ids.PATTERN) String requestId,
                                                      @Valid @RequestBody ReasonBody body,
                                                      HttpServletRequest request) {
        return commands.send(new CloseSustainmentRequest(requestId, SustainmentClosureCause.CANCELLED,
                body.reason().strip()))
                .about(requestId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("requestId", requestId));
    }
}
