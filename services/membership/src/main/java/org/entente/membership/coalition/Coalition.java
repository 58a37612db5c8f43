package org.entente.membership.coalition;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import org.entente.membership.exit.DefineMilestone;
import org.entente.membership.exit.Milestone;
import org.entente.membership.exit.MilestoneDefined;
import org.entente.membership.exit.MilestoneTarget;
import org.entente.membership.member.AdmitMember;
import org.entente.membership.member.AssociatePartner;
import org.entente.membership.member.Member;
import org.entente.membership.member.MemberAdmitted;
import org.entente.membership.member.MemberSuspended;
import org.entente.membership.member.MemberWithdrawn;
import org.entente.membership.member.Partner;
import org.entente.membership.member.PartnerAssociated;
import org.entente.membership.member.PartnerAssociationEnded;
import org.entente.membership.member.SuspendMember;
import org.entente.membership.member.WithdrawMember;
import org.entente.membership.pledge.MakePledge;
import org.entente.membership.pledge.Pledge;
import org.entente.membership.pledge.PledgeDue;
import org.entente.membership.pledge.PledgeMade;
import org.entente.membership.pledge.PledgeStatus;
import org.entente.membership.pledge.PledgeWithdrawn;
import org.entente.membership.pledge.RevisePledge;
import org.entente.membership.pledge.WithdrawalCause;
import org.entente.platform.deadline.Deadlines;
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.DecisionTime;
import org.entente.platform.domain.CommandTargets;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.domain.UnknownEntity;
import org.entente.platform.exercise.ExerciseBoundary;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A coalition: the consistency boundary of membership. Only active members pledge, a withdrawal takes the member's
 * open pledges with it, the lead nation stays a member, and nothing changes after dissolution. Members, partners,
 * pledges and milestones are entities beside it and handle what concerns only themselves.
 */
@Aggregate(snapshotTriggerDefinition = "coalitionSnapshotTrigger", cache = "aggregateCache",
        commandTargetResolver = CommandTargets.BY_VERSION)
public class Coalition {

    @AggregateIdentifier
    private String coalitionId;
    private String exerciseId;
    /** When the record began: its first event's effective time. */
    private Instant beganAt;
    private CoalitionStatus status;
    private String leadNation;
    private Mandate mandate;
    /** The event that set the mandate in force, the cause of its expiry. */
    private String mandateSetBy;
    private boolean mandateLapsed;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Member> members = new HashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Partner> partners = new HashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Pledge> pledges = new HashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Milestone> milestones = new HashMap<>();

    Coalition() {
        // for Axon
    }

    @CommandHandler
    Coalition(FormCoalition command, MetaData metaData, Deadlines deadlines, DeadlineManager deadlineManager) {
        apply(new CoalitionFormed(command.coalitionId(), command.name(), command.kind(), command.purpose(),
                command.legalBasis(), command.leadNation(), command.mandate(), ExerciseBoundary.of(metaData)));
        scheduleExpiry(command.coalitionId(), command.mandate(), deadlines, deadlineManager);
        Set<String> founders = new LinkedHashSet<>();
        founders.add(command.leadNation());
        founders.addAll(command.foundingMembers());
        founders.forEach(nation -> apply(new MemberAdmitted(command.coalitionId(), nation)));
    }

    /** Runs before every command of the coalition and its entities. */
    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ExerciseBoundary.check(exerciseId, command.getMetaData(), "coalition " + coalitionId);
        DecisionTime.requireWithinRecord(beganAt, command.getMetaData(), "coalition " + coalitionId);
        if (status == CoalitionStatus.DISSOLVED) {
            throw new RuleViolation("dissolved-coalitions-are-closed", "coalition " + coalitionId + " is dissolved");
        }
        return chain.proceed();
    }

    @CommandHandler
    void handle(AdmitMember command) {
        Member member = members.get(command.nation());
        if (member != null && member.belongs()) {
            throw new RuleViolation("members-are-admitted-once", command.nation() + " is already a member ("
                    + member.status() + ")");
        }
        Partner partner = partners.get(command.nation());
        if (partner != null && partner.associated()) {
            apply(new PartnerAssociationEnded(coalitionId, command.nation()));
        }
        apply(new MemberAdmitted(coalitionId, command.nation()));
    }

    @CommandHandler
    void handle(SuspendMember command) {
        Member member = requireMember(command.nation());
        if (!member.isActive()) {
            throw new RuleViolation("only-active-members-are-suspended", command.nation() + " is " + member.status());
        }
        requireNotLead(command.nation(), "suspended");
        apply(new MemberSuspended(coalitionId, command.nation()));
    }

    @CommandHandler
    void handle(WithdrawMember command) {
        Member member = requireMember(command.nation());
        if (!member.belongs()) {
            throw new RuleViolation("members-withdraw-once", command.nation() + " has already withdrawn");
        }
        requireNotLead(command.nation(), "withdrawn");
        apply(new MemberWithdrawn(coalitionId, command.nation()));
        pledges.entrySet().stream()
                .filter(e -> e.getValue().nation().equals(command.nation()))
                .filter(e -> e.getValue().status() == PledgeStatus.OPEN)
                .map(Map.Entry::getKey).sorted().toList()
                .forEach(pledgeId -> apply(new PledgeWithdrawn(coalitionId, pledgeId, WithdrawalCause.MEMBER_WITHDREW)));
    }

    @CommandHandler
    void handle(AssociatePartner command) {
        Member member = members.get(command.nation());
        if (member != null && member.belongs()) {
            throw new RuleViolation("members-are-not-partners", command.nation() + " is a member of the coalition");
        }
        Partner partner = partners.get(command.nation());
        if (partner != null && partner.associated()) {
            throw new RuleViolation("partners-are-associated-once", command.nation()
                    + " is already associated; change its status instead");
        }
        apply(new PartnerAssociated(coalitionId, command.nation(), command.role(), command.governance()));
    }

    @CommandHandler
    void handle(ChangeLeadNation command) {
        if (command.leadNation().equals(leadNation)) {
            throw new RuleViolation("a-new-lead-nation-differs", command.leadNation() + " already leads");
        }
        Member member = members.get(command.leadNation());
        if (member == null || !member.isActive()) {
            throw new RuleViolation("the-lead-nation-is-an-active-member",
                    command.leadNation() + " is not an active member");
        }
        apply(new LeadNationChanged(coalitionId, command.leadNation(), leadNation));
    }

    @CommandHandler
    void handle(AmendMandate command, Deadlines deadlines, DeadlineManager deadlineManager) {
        MandateAmendmentPolicy.check(mandate, command);
        apply(new MandateAmended(coalitionId, command.amendmentId(), command.classification(), command.mandate(),
                command.legalBasis()));
        scheduleExpiry(coalitionId, command.mandate(), deadlines, deadlineManager);
    }

    private static void scheduleExpiry(String coalitionId, Mandate mandate, Deadlines deadlines,
                                       DeadlineManager deadlineManager) {
        if (mandate != null && mandate.expiresOn() != null) {
            deadlines.schedule(deadlineManager, Coalition.class, coalitionId, MandateExpiry.DEADLINE,
                    Deadlines.endOf(mandate.expiresOn()),
                    new MandateExpiry(coalitionId, mandate.expiresOn()), "the mandate reached its expiry",
                    "mandate expiring on " + mandate.expiresOn());
        }
    }

    /**
     * A mandate's end of day came. Records nothing when that is no longer its expiry (amended meanwhile), when it was
     * recorded already (a deadline may fire again after a crash), or when the coalition is dissolved.
     */
    @DeadlineHandler(deadlineName = MandateExpiry.DEADLINE)
    void on(MandateExpiry due) {
        if (status == CoalitionStatus.DISSOLVED || mandateLapsed || mandate == null
                || !due.expiresOn().equals(mandate.expiresOn())) {
            return;
        }
        apply(new MandateExpired(coalitionId, due.expiresOn()), MetaData.with(DecisionMetadata.CAUSATION_ID,
                mandateSetBy));
    }

    @CommandHandler
    void handle(MakePledge command, MetaData metaData, Deadlines deadlines, DeadlineManager deadlineManager) {
        ActorAuthority.of(metaData).requireActingFor(command.nation(), "pledge");
        Member member = members.get(command.nation());
        if (member == null || !member.isActive()) {
            throw new RuleViolation("only-active-members-pledge", command.nation() + " is "
                    + (member == null ? "not a member" : member.status()) + "; only active members pledge");
        }
        apply(new PledgeMade(coalitionId, command.pledgeId(), command.nation(), command.category(), command.amount(),
                command.dueDate(), command.description()));
        pledges.get(command.pledgeId()).scheduleDue(coalitionId, deadlines, deadlineManager);
    }

    /** A pledge's due date ended: it falls due unless fulfilled, withdrawn, re-dated or noted already. */
    @DeadlineHandler(deadlineName = PledgeDue.DEADLINE)
    void on(PledgeDue due) {
        Pledge pledge = pledges.get(due.pledgeId());
        if (status != CoalitionStatus.DISSOLVED && pledge != null) {
            pledge.fallDue(coalitionId, due.dueDate());
        }
    }

    @CommandHandler
    void handle(RevisePledge command, MetaData metaData, Deadlines deadlines, DeadlineManager deadlineManager) {
        Pledge pledge = pledges.get(command.pledgeId());
        if (pledge == null) {
            throw new UnknownEntity("coalition " + coalitionId + " has no pledge " + command.pledgeId());
        }
        ActorAuthority.of(metaData).requireActingFor(pledge.nation(), "pledge revision");
        Member member = members.get(pledge.nation());
        if (member == null || !member.isActive()) {
            throw new RuleViolation("only-active-members-pledge", pledge.nation() + " is "
                    + (member == null ? "not a member" : member.status()) + "; only active members change a pledge");
        }
        pledge.revise(command, metaData);
        pledge.scheduleDue(coalitionId, deadlines, deadlineManager);
    }

    /** Records nothing: refuses unless the nation stands in this open coalition (and, by the guard, its exercise). */
    @CommandHandler
    void handle(ConfirmStanding command) {
        Member member = members.get(command.nation());
        if (member == null || !member.belongs()) {
            throw new RuleViolation("only-members-are-assessed", command.nation() + " is not a member of coalition "
                    + coalitionId);
        }
    }

    @CommandHandler
    void handle(DefineMilestone command, Deadlines deadlines, DeadlineManager deadlineManager) {
        if (milestones.values().stream().anyMatch(m -> m.name().equalsIgnoreCase(command.name()))) {
            throw new RuleViolation("milestone-names-are-unique", "a milestone named '" + command.name()
                    + "' exists already");
        }
        apply(new MilestoneDefined(coalitionId, command.milestoneId(), command.name(), command.criteria(),
                command.targetDate()));
        Milestone.scheduleTarget(coalitionId, command.milestoneId(), command.targetDate(), deadlines,
                deadlineManager);
    }

    /** A milestone's target date ended: it has passed it unless achieved, slipped or noted already. */
    @DeadlineHandler(deadlineName = MilestoneTarget.DEADLINE)
    void on(MilestoneTarget due) {
        Milestone milestone = milestones.get(due.milestoneId());
        if (status != CoalitionStatus.DISSOLVED && milestone != null) {
            milestone.targetPassed(coalitionId, due.targetDate());
        }
    }

    @CommandHandler
    void handle(DissolveCoalition command) {
        apply(new CoalitionDissolved(coalitionId));
    }

    private Member requireMember(String nation) {
        Member member = members.get(nation);
        if (member == null) {
            throw new RuleViolation("only-members-change-status", nation + " is not a member of the coalition");
        }
        return member;
    }

    private void requireNotLead(String nation, String what) {
        if (nation.equals(leadNation)) {
            throw new RuleViolation("the-lead-nation-stays", nation + " leads the coalition and cannot be " + what
                    + "; designate another lead nation first");
        }
    }

    @EventSourcingHandler
    void on(CoalitionFormed event, @MessageIdentifier String eventId, MetaData metaData, @Timestamp Instant recordedAt) {
        beganAt = DecisionTime.of(metaData, recordedAt);
        mandateSetBy = eventId;
        coalitionId = event.coalitionId();
        exerciseId = ExerciseBoundary.of(metaData);
        status = CoalitionStatus.ACTIVE;
        leadNation = event.leadNation();
        mandate = event.mandate();
    }

    @EventSourcingHandler
    void on(MemberAdmitted event) {
        members.put(event.nation(), new Member(event.nation()));
    }

    @EventSourcingHandler
    void on(PartnerAssociated event) {
        partners.put(event.nation(), new Partner(event.nation(), event.role(), event.governance()));
    }

    @EventSourcingHandler
    void on(LeadNationChanged event) {
        leadNation = event.leadNation();
    }

    @EventSourcingHandler
    void on(MandateAmended event, @MessageIdentifier String eventId) {
        mandate = event.mandate();
        mandateSetBy = eventId;
        mandateLapsed = false;
    }

    @EventSourcingHandler
    void on(MandateExpired event) {
        mandateLapsed = true;
    }

    @EventSourcingHandler
    void on(PledgeMade event, @MessageIdentifier String eventId) {
        pledges.put(event.pledgeId(), new Pledge(event, eventId));
    }

    @EventSourcingHandler
    void on(MilestoneDefined event, @MessageIdentifier String eventId) {
        milestones.put(event.milestoneId(), new Milestone(event, eventId));
    }

    @EventSourcingHandler
    void on(CoalitionDissolved event) {
        status = CoalitionStatus.DISSOLVED;
    }
}
