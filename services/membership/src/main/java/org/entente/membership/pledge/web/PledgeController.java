package org.entente.membership.pledge.web;

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
import org.entente.membership.pledge.CorrectDelivery;
import org.entente.membership.pledge.CorrectPledgeEntry;
import org.entente.membership.pledge.MakePledge;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.membership.pledge.RecordDelivery;
import org.entente.membership.pledge.RevisePledge;
import org.entente.membership.pledge.WithdrawPledge;
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

import java.time.LocalDate;
import java.util.Map;

@RestController
@Validated
@RequestMapping("/coalitions/{coalitionId}/pledges")
@Tag(name = "Pledges", description = "Commitments, deliveries, revisions, withdrawals and corrections")
public class PledgeController {

    private final CommandDispatcher commands;

    public PledgeController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record MakePledgeRequest(@NotNull @NationCode String nation, @NotNull PledgeCategory category,
                                    @NotNull @Valid AmountInput amount, @NotNull LocalDate dueDate,
                                    @Size(max = Bounds.NOTE) String description, @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping
    @Operation(summary = "Record a pledge of an active member")
    public ResponseEntity<Map<String, Object>> pledge(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                      @Valid @RequestBody MakePledgeRequest body,
                                                      HttpServletRequest request) {
        String pledgeId = Ids.next();
        MakePledge command = new MakePledge(coalitionId, pledgeId, body.nation(), body.category(),
                body.amount().toAmount(body.category(), "amount"), body.dueDate(), body.description());
        return commands.send(command)
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created(path(coalitionId, pledgeId)).with("coalitionId", coalitionId)
                        .with("pledgeId", pledgeId));
    }

    public record RecordDeliveryRequest(@NotNull @Valid AmountInput amount, @Size(max = Bounds.NOTE) String note,
                                        @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{pledgeId}/deliveries")
    @Operation(summary = "Record a delivery, in the pledge's unit; the decision's effectiveTime is when it was delivered")
    public ResponseEntity<Map<String, Object>> deliver(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                       @PathVariable @Pattern(regexp = Ids.PATTERN) String pledgeId,
                                                       @Valid @RequestBody RecordDeliveryRequest body,
                                                       HttpServletRequest request) {
        String deliveryId = Ids.next();
        return commands.send(new RecordDelivery(coalitionId, pledgeId, deliveryId, body.amount().toAmount(),
                body.note()))
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created(path(coalitionId, pledgeId)).with("coalitionId", coalitionId)
                        .with("pledgeId", pledgeId).with("deliveryId", deliveryId));
    }

    public record RevisePledgeRequest(@NotNull @Valid AmountInput amount, @NotNull LocalDate dueDate,
                                      @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{pledgeId}/revisions")
    @Operation(summary = "Revise a pledge: the nation changed its commitment (not: the record was wrong)")
    public ResponseEntity<Map<String, Object>> revise(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                      @PathVariable @Pattern(regexp = Ids.PATTERN) String pledgeId,
                                                      @Valid @RequestBody RevisePledgeRequest body,
                                                      HttpServletRequest request) {
        String revisionId = Ids.next();
        return commands.send(new RevisePledge(coalitionId, pledgeId, revisionId, body.amount().toAmount(),
                body.dueDate()))
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created(path(coalitionId, pledgeId)).with("coalitionId", coalitionId)
                        .with("pledgeId", pledgeId).with("revisionId", revisionId));
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{pledgeId}/withdrawal")
    @Operation(summary = "Withdraw a pledge that is not yet delivered in full")
    public ResponseEntity<Map<String, Object>> withdraw(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                        @PathVariable @Pattern(regexp = Ids.PATTERN) String pledgeId,
                                                        @Valid @RequestBody(required = false) DecisionRequest body,
                                                        HttpServletRequest request) {
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(new WithdrawPledge(coalitionId, pledgeId))
                .about(coalitionId)
                .asRequested(request, decision, decision.decision())
                .answer(Answer.ok().with("coalitionId", coalitionId).with("pledgeId", pledgeId));
    }

    public record CorrectEntryRequest(@NotNull @Pattern(regexp = Ids.PATTERN) String entryId,
                                      @NotNull @Valid AmountInput amount, @NotNull LocalDate dueDate,
                                      @NotBlank @Size(max = Bounds.NOTE) String reason, @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{pledgeId}/corrections")
    @Operation(summary = "Correct a mistaken entry: the original (entryId = the pledge id) or a revision",
            description = "The mistaken entry stays in the history; the correction references it and says what it "
                    + "should have said, from the entry's own effective time.")
    public ResponseEntity<Map<String, Object>> correct(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                       @PathVariable @Pattern(regexp = Ids.PATTERN) String pledgeId,
                                                       @Valid @RequestBody CorrectEntryRequest body,
                                                       HttpServletRequest request) {
        return commands.send(new CorrectPledgeEntry(coalitionId, pledgeId, body.entryId(), body.amount().toAmount(),
                body.dueDate(), body.reason().strip()))
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("coalitionId", coalitionId).with("pledgeId", pledgeId)
                        .with("entryId", body.entryId()));
    }

    public record CorrectDeliveryRequest(@NotNull @Valid AmountInput amount, @NotBlank @Size(max = Bounds.NOTE) String reason,
                                         @Valid DecisionInput decision) {
    }

    @Allowed(Roles.PLANNER)
    @PostMapping("/{pledgeId}/deliveries/{deliveryId}/corrections")
    @Operation(summary = "Correct a mistakenly recorded delivery")
    public ResponseEntity<Map<String, Object>> correctDelivery(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                               @PathVariable @Pattern(regexp = Ids.PATTERN) String pledgeId,
                                                               @PathVariable @Pattern(regexp = Ids.PATTERN) String deliveryId,
                                                               @Valid @RequestBody CorrectDeliveryRequest body,
                                                               HttpServletRequest request) {
        return commands.send(new CorrectDelivery(coalitionId, pledgeId, deliveryId, body.amount().toAmount(),
                body.reason().strip()))
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("coalitionId", coalitionId).with("pledgeId", pledgeId)
                        .with("deliveryId", deliveryId));
    }

    private static String path(String coalitionId, String pledgeId) {
        return "/coalitions/" + coalitionId + "/pledges/" + pledgeId;
    }
}
