package org.entente.membership.pledge;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.EntityId;
import org.entente.platform.deadline.Deadlines;
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A nation's commitment and what it delivered of it. The commitment is the latest of its entries (the original and
 * each revision); a correction changes what an entry says without removing it. The coalition creates pledges and
 * decides revisions (they need the member's standing); a pledge handles the rest of what happens to it.
 */
public class Pledge {

    @EntityId
    private String pledgeId;
    private String nation;
    private PledgeCategory category;
    private boolean withdrawn;
    /** The original commitment and its revisions, oldest first. */
    private List<Entry> commitments = new ArrayList<>();
    private Map<String, Entry> deliveries = new LinkedHashMap<>();
    /** The last due date recorded as passed unfulfilled. */
    private LocalDate fellDueOn;

    Pledge() {
        // for snapshots
    }

    public Pledge(PledgeMade made, String eventId) {
        this.pledgeId = made.pledgeId();
        this.nation = made.nation();
        this.category = made.category();
        this.commitments.add(new Entry(made.pledgeId(), eventId, made.amount(), made.dueDate()));
    }

    @CommandHandler
    void handle(RecordDelivery command, MetaData metaData) {
        ActorAuthority.of(metaData).requireActingFor(nation, "delivery");
        requireNotWithdrawn();
        requireSameUnit(command.amount());
        apply(new DeliveryRecorded(command.coalitionId(), pledgeId, command.deliveryId(), command.amount(),
                command.note()));
    }

    /**
     * The nation changes its commitment. Decided by the coalition, which first checks that the nation is still an
     * active member: a suspended or withdrawn member cannot reopen a commitment.
     */
    public void revise(RevisePledge command, MetaData metaData) {
        ActorAuthority.of(metaData).requireActingFor(nation, "pledge revision");
        requireNotWithdrawn();
        requireSameUnit(command.amount());
        Entry current = current();
        if (command.amount().value().compareTo(current.amount().value()) == 0
                && command.dueDate().equals(current.dueDate())) {
            throw new RuleViolation("revision-must-change-the-pledge", "the pledge already stands at "
                    + current.amount().value() + " " + current.amount().unit() + " due " + current.dueDate());
        }
        if (command.amount().value().compareTo(delivered()) < 0) {
            throw new RuleViolation("revision-not-below-delivered", "cannot revise to " + command.amount().value()
                    + ": " + delivered() + " " + current.amount().unit() + " are already delivered");
        }
        apply(new PledgeRevised(command.coalitionId(), pledgeId, command.revisionId(), command.amount(),
                command.dueDate()));
    }

    @CommandHandler
    void handle(WithdrawPledge command, MetaData metaData) {
        ActorAuthority.of(metaData).requireActingFor(nation, "pledge withdrawal");
        requireNotWithdrawn();
        if (isFulfilled()) {
            throw new RuleViolation("fulfilled-pledges-stay", "pledge " + pledgeId + " is delivered in full");
        }
        apply(new PledgeWithdrawn(command.coalitionId(), pledgeId, WithdrawalCause.NATION_DECISION));
    }

    @CommandHandler
    void handle(CorrectPledgeEntry command, MetaData metaData, Deadlines deadlines, DeadlineManager deadlineManager) {
        ActorAuthority.of(metaData).requireActingFor(nation, "pledge correction");
        requireSameUnit(command.amount());
        Entry entry = commitments.stream().filter(e -> e.entryId().equals(command.entryId())).findFirst()
                .orElseThrow(() -> new RuleViolation("correction-must-reference-an-entry", "pledge " + pledgeId
                        + " has no entry " + command.entryId() + " (its original is " + pledgeId + ")"));
        apply(new PledgeEntryCorrected(command.coalitionId(), pledgeId, entry.entryId(), entry.eventId(),
                command.amount(), command.dueDate(), command.reason()));
        scheduleDue(command.coalitionId(), deadlines, deadlineManager);
    }

    /**
     * Schedules the pledge to fall due at the end of its current due date, if it is open: when made, revised or
     * corrected (a correction may move the date, or reopen it: a delivery corrected down). The deadline records
     * nothing if the date no longer holds then.
     */
    public void scheduleDue(String coalitionId, Deadlines deadlines, DeadlineManager deadlineManager) {
        LocalDate due = current().dueDate();
        if (due != null && status() == PledgeStatus.OPEN && !due.equals(fellDueOn)) {
            deadlines.schedule(deadlineManager, PledgeDue.DEADLINE, Deadlines.endOf(due),
                    new PledgeDue(coalitionId, pledgeId, due), "the pledge's due date passed before it was fulfilled",
                    "pledge due on " + due);
        }
    }

    @CommandHandler
    void handle(CorrectDelivery command, MetaData metaData, Deadlines deadlines, DeadlineManager deadlineManager) {
        ActorAuthority.of(metaData).requireActingFor(nation, "delivery correction");
        requireSameUnit(command.amount());
        Entry delivery = deliveries.get(command.deliveryId());
        if (delivery == null) {
            throw new RuleViolation("correction-must-reference-an-entry",
                    "pledge " + pledgeId + " has no delivery " + command.deliveryId());
        }
        apply(new DeliveryCorrected(command.coalitionId(), pledgeId, command.deliveryId(), delivery.eventId(),
                command.amount(), command.reason()));
        scheduleDue(command.coalitionId(), deadlines, deadlineManager);
    }

    @EventSourcingHandler
    void on(DeliveryRecorded event, @MessageIdentifier String eventId) {
        deliveries.put(event.deliveryId(), new Entry(event.deliveryId(), eventId, event.amount(), null));
    }

    @EventSourcingHandler
    void on(PledgeRevised event, @MessageIdentifier String eventId) {
        commitments.add(new Entry(event.revisionId(), eventId, event.amount(), event.dueDate()));
    }

    @EventSourcingHandler
    void on(PledgeWithdrawn event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(PledgeEntryCorrected event) {
        commitments.replaceAll(e -> e.entryId().equals(event.entryId())
                ? new Entry(e.entryId(), e.eventId(), event.amount(), event.dueDate()) : e);
    }

    @EventSourcingHandler
    void on(DeliveryCorrected event) {
        deliveries.computeIfPresent(event.deliveryId(),
                (id, e) -> new Entry(id, e.eventId(), event.amount(), null));
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolation("withdrawn-pledges-are-closed", "pledge " + pledgeId + " was withdrawn");
        }
    }

    private void requireSameUnit(Amount amount) {
        String unit = current().amount().unit();
        if (!amount.unit().equals(unit)) {
            throw new RuleViolation("amounts-in-the-pledge-unit", "pledge " + pledgeId + " is counted in " + unit
                    + ", not " + amount.unit() + "; amounts are never converted");
        }
    }

    /** Records that {@code dueDate} passed unfulfilled, unless fulfilled, withdrawn, re-dated or recorded already. */
    public void fallDue(String coalitionId, LocalDate dueDate) {
        if (status() == PledgeStatus.OPEN && dueDate.equals(current().dueDate()) && !dueDate.equals(fellDueOn)) {
            apply(new PledgeFellDue(coalitionId, pledgeId, dueDate),
                    MetaData.with(DecisionMetadata.CAUSATION_ID, current().eventId()));
        }
    }

    @EventSourcingHandler
    void on(PledgeFellDue event) {
        fellDueOn = event.dueDate();
    }

    private Entry current() {
        return commitments.get(commitments.size() - 1);
    }

    private BigDecimal delivered() {
        return deliveries.values().stream().map(e -> e.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private boolean isFulfilled() {
        return delivered().compareTo(current().amount().value()) >= 0;
    }

    public String nation() {
        return nation;
    }

    public PledgeCategory category() {
        return category;
    }

    public PledgeStatus status() {
        if (withdrawn) {
            return PledgeStatus.WITHDRAWN;
        }
        return isFulfilled() ? PledgeStatus.FULFILLED : PledgeStatus.OPEN;
    }

    /**
     * One entry of the pledge's record: a commitment (original or revision) or a delivery, with the event that
     * recorded it, so that a correction can name that event.
     */
    record Entry(String entryId, String eventId, Amount amount, LocalDate dueDate) {
    }

    /**
     * The same state, field by field: what the aggregate fixtures compare when they rebuild the aggregate from its
     * events (an entity's identity alone would hide a field one handler sets and another forgets).
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Pledge other)) {
            return false;
        }
        return Objects.equals(pledgeId, other.pledgeId) && Objects.equals(nation, other.nation) &&
                Objects.equals(category, other.category) && Objects.equals(withdrawn, other.withdrawn) &&
                Objects.equals(commitments, other.commitments) && Objects.equals(deliveries, other.deliveries) &&
                Objects.equals(fellDueOn, other.fellDueOn);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(pledgeId);
    }
}
