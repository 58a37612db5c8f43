package org.entente.membership.member.web;

import org.entente.platform.security.Allowed;
import org.entente.platform.decision.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.entente.membership.member.AdmitMember;
import org.entente.membership.member.AssociatePartner;
import org.entente.membership.member.EndPartnerAssociation;
import org.entente.membership.member.Governance;
import org.entente.membership.member.PartnerRole;
import org.entente.membership.member.ReinstateMember;
import org.entente.membership.member.SuspendMember;
import org.entente.membership.member.UpdatePartnerStatus;
import org.entente.membership.member.WithdrawMember;
import org.entente.platform.command.Ids;
import org.entente.platform.command.Answer;
import org.entente.platform.command.CommandDispatcher;
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

import java.util.Map;

@RestController
@Validated
@RequestMapping("/coalitions/{coalitionId}")
@Tag(name = "Members and partners", description = "Admit, suspend, reinstate, withdraw; associate non-member partners")
public class MemberController {

    private final CommandDispatcher commands;

    public MemberController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record AdmitMemberRequest(@NotNull @NationCode String nation, @Valid DecisionInput decision) {
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/members")
    @Operation(summary = "Admit a member (a state by ISO 3166 alpha-3 code, or an organisation such as EU)")
    public ResponseEntity<Map<String, Object>> admit(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                     @Valid @RequestBody AdmitMemberRequest body,
                                                     HttpServletRequest request) {
        return commands.send(new AdmitMember(coalitionId, body.nation()))
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created(memberPath(coalitionId, body.nation())).with("coalitionId", coalitionId)
                        .with("nation", body.nation()));
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/members/{nation}/suspension")
    @Operation(summary = "Suspend an active member (not the lead nation)")
    public ResponseEntity<Map<String, Object>> suspend(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                       @PathVariable @NationCode String nation,
                                                       @Valid @RequestBody(required = false) DecisionRequest body,
                                                       HttpServletRequest request) {
        return decide(request, body, coalitionId, nation, new SuspendMember(coalitionId, nation));
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/members/{nation}/reinstatement")
    @Operation(summary = "Reinstate a suspended member")
    public ResponseEntity<Map<String, Object>> reinstate(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                         @PathVariable @NationCode String nation,
                                                         @Valid @RequestBody(required = false) DecisionRequest body,
                                                         HttpServletRequest request) {
        return decide(request, body, coalitionId, nation, new ReinstateMember(coalitionId, nation));
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/members/{nation}/withdrawal")
    @Operation(summary = "Record a member's withdrawal; its open pledges are withdrawn with it")
    public ResponseEntity<Map<String, Object>> withdraw(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                        @PathVariable @NationCode String nation,
                                                        @Valid @RequestBody(required = false) DecisionRequest body,
                                                        HttpServletRequest request) {
        return decide(request, body, coalitionId, nation, new WithdrawMember(coalitionId, nation));
    }

    public record AssociatePartnerRequest(@NotNull @NationCode String nation, @NotNull PartnerRole role,
                                          Governance governance, @Valid DecisionInput decision) {
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/partners")
    @Operation(summary = "Associate a non-member partner: a host nation, a transit state, an observer...")
    public ResponseEntity<Map<String, Object>> associate(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                         @Valid @RequestBody AssociatePartnerRequest body,
                                                         HttpServletRequest request) {
        Governance governance = body.governance() == null ? Governance.UNASSESSED : body.governance();
        return commands.send(new AssociatePartner(coalitionId, body.nation(), body.role(), governance))
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.created("/coalitions/" + coalitionId + "/partners").with("coalitionId", coalitionId)
                        .with("nation", body.nation()));
    }

    public record PartnerStatusRequest(@NotNull PartnerRole role, @NotNull Governance governance,
                                       @Valid DecisionInput decision) {
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/partners/{nation}/status")
    @Operation(summary = "Change a partner's role or governance assessment")
    public ResponseEntity<Map<String, Object>> changePartnerStatus(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                                   @PathVariable @NationCode String nation,
                                                                   @Valid @RequestBody PartnerStatusRequest body,
                                                                   HttpServletRequest request) {
        return commands.send(new UpdatePartnerStatus(coalitionId, nation, body.role(), body.governance()))
                .about(coalitionId)
                .asRequested(request, body, body.decision())
                .answer(Answer.ok().with("coalitionId", coalitionId).with("nation", nation));
    }

    @Allowed(value = Roles.COALITION_AUTHORITY, councilOf = "coalitionId")
    @PostMapping("/partners/{nation}/end")
    @Operation(summary = "End a partner's association")
    public ResponseEntity<Map<String, Object>> endAssociation(@PathVariable @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                                              @PathVariable @NationCode String nation,
                                                              @Valid @RequestBody(required = false) DecisionRequest body,
                                                              HttpServletRequest request) {
        return decide(request, body, coalitionId, nation, new EndPartnerAssociation(coalitionId, nation));
    }

    private ResponseEntity<Map<String, Object>> decide(HttpServletRequest request, DecisionRequest body,
                                                       String coalitionId, String nation, Object command) {
        DecisionRequest decision = body == null ? DecisionRequest.NONE : body;
        return commands.send(command)
                .about(coalitionId)
                .asRequested(request, decision, decision.decision())
                .answer(Answer.ok().with("coalitionId", coalitionId).with("nation", nation));
    }

    private static String memberPath(String coalitionId, String nation) {
        return "/coalitions/" + coalitionId + "/members/" + nation;
    }
}
