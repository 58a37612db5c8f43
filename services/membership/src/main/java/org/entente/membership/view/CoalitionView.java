package org.entente.membership.view;

import org.entente.membership.coalition.CoalitionDissolved;
import org.entente.membership.coalition.CoalitionFormed;
import org.entente.membership.coalition.CoalitionKind;
import org.entente.membership.coalition.CoalitionPurpose;
import org.entente.membership.coalition.CoalitionStatus;
import org.entente.membership.coalition.LeadNationChanged;
import org.entente.membership.coalition.LegalBasis;
import org.entente.membership.coalition.Mandate;
import org.entente.membership.coalition.MandateAmended;
import org.entente.membership.coalition.MandateExpired;
import org.entente.membership.exit.MilestoneAchieved;
import org.entente.membership.exit.MilestoneDefined;
import org.entente.membership.exit.MilestoneEvent;
import org.entente.membership.exit.MilestoneSlipped;
import org.entente.membership.exit.MilestoneStatus;
import org.entente.membership.member.Governance;
import org.entente.membership.member.MemberAdmitted;
import org.entente.membership.member.MemberEvent;
import org.entente.membership.member.MemberReinstated;
import org.entente.membership.member.MemberStatus;
import org.entente.membership.member.MemberSuspended;
import org.entente.membership.member.MemberWithdrawn;
import org.entente.membership.member.PartnerAssociated;
import org.entente.membership.member.PartnerAssociationEnded;
import org.entente.membership.member.PartnerEvent;
import org.entente.membership.member.PartnerRole;
import org.entente.membership.member.PartnerStatusChanged;
import org.entente.membership.pledge.Amount;
import org.entente.membership.pledge.DeliveryRecorded;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.membership.pledge.PledgeEvent;
import org.entente.membership.pledge.PledgeMade;
import org.entente.membership.pledge.PledgeRevised;
import org.entente.membership.pledge.PledgeStatus;
import org.entente.membership.pledge.PledgeWithdrawn;
import org.entente.membership.pledge.WithdrawalCause;
import org.entente.platform.history.RecordedEvent;
import org.entente.platform.reference.Nations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A coalition's state folded from the facts in effect at one instant. Unlike the aggregate it checks no rule: it
 * reads what was recorded, in effective-time order, and tolerates what the aggregate would refuse: a backdated entry
 * can put a delivery before its pledge in effective time, and the delivery then takes effect with the pledge.
 */
public final class CoalitionView {

    private String coalitionId;
    private String name;
    private CoalitionKind kind;
    private CoalitionPurpose purpose;
    private LegalBasis legalBasis;
    private String leadNation;
    private Mandate mandate;
    private Instant mandateLapsedAt;
    private String exerciseId;
    private CoalitionStatus status;
    private Instant formedAt;
    private Instant dissolvedAt;
    private long version = -1;
    private final Map<String, MemberRecord> members = new LinkedHashMap<>();
    private final Map<String, PartnerRecord> partners = new LinkedHashMap<>();
    private final Map<String, PledgeRecord> pledges = new LinkedHashMap<>();
    private final List<MandateVersion> mandateHistory = new ArrayList<>();
    private final Map<String, MilestoneRecord> milestones = new LinkedHashMap<>();
    private final Set<String> correctedEvents;
    private static final String COALITION = "coalition";
    /** What is in effect so far ("coalition", "pledge:<id>", "member:<nation>", ...). */
    private final Set<String> inEffect = new java.util.HashSet<>();
    /** Facts waiting for what they concern to take effect. */
    private final Map<String, List<RecordedEvent>> waiting = new java.util.HashMap<>();

    private final long knownVersion;

    CoalitionView(Set<String> correctedEvents, long knownVersion) {
        this.correctedEvents = correctedEvents;
        this.knownVersion = knownVersion;
    }

    /** The state includes an event that is not folded itself: a correction of a fact it includes. */
    void includes(long sequence) {
        version = Math.max(version, sequence);
    }

    /**
     * Applies one fact. A fact about something not yet in effect — a delivery dated before its pledge, a suspension
     * before the admission — waits and takes effect together with what it refers to, rather than being lost.
     */
    void apply(RecordedEvent event) {
        version = Math.max(version, event.sequence());
        Object payload = event.payload();
        boolean creation = creates(payload);
        String needs = !inEffect.contains(COALITION) && !(payload instanceof CoalitionFormed) ? COALITION
                : creation ? null : concerns(payload);
        if (needs != null && !inEffect.contains(needs)) {
            waiting.computeIfAbsent(needs, key -> new ArrayList<>()).add(event);
            return;
        }
        applyNow(event);
        if (creation && inEffect.add(concerns(payload))) {
            List<RecordedEvent> ready = waiting.remove(concerns(payload));
            if (ready != null) {
                ready.forEach(this::apply);
            }
        }
    }

    /** What a fact is about: the coalition itself, or one of its members, partners, pledges or milestones. */
    private static String concerns(Object payload) {
        if (payload instanceof PledgeEvent e) {
            return "pledge:" + e.pledgeId();
        }
        if (payload instanceof MemberEvent e) {
            return "member:" + e.nation();
        }
        if (payload instanceof PartnerEvent e) {
            return "partner:" + e.nation();
        }
        if (payload instanceof MilestoneEvent e) {
            return "milestone:" + e.milestoneId();
        }
        return COALITION;
    }

    /** Whether a fact brings what it concerns into effect (the others need it to be in effect already). */
    private static boolean creates(Object payload) {
        return payload instanceof CoalitionFormed || payload instanceof PledgeMade || payload instanceof MemberAdmitted
                || payload instanceof PartnerAssociated || payload instanceof MilestoneDefined;
    }

    private void applyNow(RecordedEvent event) {
        Object payload = event.payload();
        if (payload instanceof CoalitionFormed formed) {
            formed(formed, event);
        } else if (payload instanceof MemberAdmitted e) {
            members.computeIfAbsent(e.nation(), MemberRecord::new).change(MemberStatus.ACTIVE, event);
        } else if (payload instanceof MemberSuspended e) {
            members.get(e.nation()).change(MemberStatus.SUSPENDED, event);
        } else if (payload instanceof MemberReinstated e) {
            members.get(e.nation()).change(MemberStatus.ACTIVE, event);
        } else if (payload instanceof MemberWithdrawn e) {
            members.get(e.nation()).change(MemberStatus.WITHDRAWN, event);
        } else if (payload instanceof PartnerAssociated e) {
            partners.put(e.nation(), new PartnerRecord(e.nation(), e.role(), e.governance(), event.effectiveTime()));
        } else if (payload instanceof PartnerStatusChanged e) {
            partners.get(e.nation()).changed(e.role(), e.governance());
        } else if (payload instanceof PartnerAssociationEnded e) {
            partners.get(e.nation()).ended(event.effectiveTime());
        } else if (payload instanceof LeadNationChanged e) {
            leadNation = e.leadNation();
        } else if (payload instanceof MandateAmended e) {
            mandateHistory.add(MandateVersion.of(e.amendmentId(), e.classification(), e.mandate(), e.legalBasis(),
                    mandate, event));
            mandate = e.mandate();
            mandateLapsedAt = null;
        } else if (payload instanceof MandateExpired) {
            mandateLapsedAt = event.effectiveTime();
        } else if (payload instanceof PledgeMade e) {
            pledges.put(e.pledgeId(), new PledgeRecord(e, event));
        } else if (payload instanceof PledgeRevised e) {
            pledges.get(e.pledgeId()).revised(e, event);
        } else if (payload instanceof DeliveryRecorded e) {
            pledges.get(e.pledgeId()).delivered(e, event);
        } else if (payload instanceof PledgeWithdrawn e) {
            pledges.get(e.pledgeId()).withdrawn(e.cause(), event.effectiveTime());
        } else if (payload instanceof MilestoneDefined e) {
            milestones.put(e.milestoneId(), new MilestoneRecord(e));
        } else if (payload instanceof MilestoneAchieved e) {
            milestones.get(e.milestoneId()).achieved(event.effectiveTime());
        } else if (payload instanceof MilestoneSlipped e) {
            milestones.get(e.milestoneId()).slipped(e, event);
        } else if (payload instanceof CoalitionDissolved) {
            status = CoalitionStatus.DISSOLVED;
            dissolvedAt = event.effectiveTime();
        }
    }

    private void formed(CoalitionFormed e, RecordedEvent event) {
        coalitionId = e.coalitionId();
        name = e.name();
        kind = e.kind();
        purpose = e.purpose();
        legalBasis = e.legalBasis();
        leadNation = e.leadNation();
        mandate = e.mandate();
        exerciseId = e.exerciseId();
        status = CoalitionStatus.ACTIVE;
        formedAt = event.effectiveTime();
        mandateHistory.add(MandateVersion.of(null, null, e.mandate(), e.legalBasis(), null, event));
    }

    private MemberRecord member(String nation) {
        return members.computeIfAbsent(nation, MemberRecord::new);
    }

    public boolean exists() {
        return coalitionId != null;
    }

    public String coalitionId() {
        return coalitionId;
    }

    /** The last event this state includes. */
    public long version() {
        return version;
    }

    /**
     * The last event recorded by the perspective's {@code knownAt}, whether in effect or not (a future-dated
     * admission, say): read now, the aggregate's version, to send back as If-Match.
     */
    public long knownVersion() {
        return knownVersion;
    }

    public CoalitionState state() {
        int active = (int) members.values().stream().filter(m -> m.status == MemberStatus.ACTIVE).count();
        int suspended = (int) members.values().stream().filter(m -> m.status == MemberStatus.SUSPENDED).count();
        int associated = (int) partners.values().stream().filter(p -> p.associated).count();
        int open = (int) pledges.values().stream().filter(p -> p.status() == PledgeStatus.OPEN).count();
        return new CoalitionState(coalitionId, name, kind, purpose, legalBasis, leadNation, Nations.name(leadNation)
                .orElse(null), mandate, mandateLapsedAt, exerciseId, status, formedAt, dissolvedAt, version, active, suspended,
                associated, pledges.size(), open, milestones.size());
    }

    public List<MemberState> members() {
        return members.values().stream().map(MemberRecord::state).toList();
    }

    public List<PartnerState> partners() {
        return partners.values().stream().map(PartnerRecord::state).toList();
    }

    public List<PledgeState> pledges() {
        return pledges.values().stream().map(p -> p.state(correctedEvents)).toList();
    }

    Collection<PledgeRecord> pledgeRecords() {
        return pledges.values();
    }

    public List<MandateVersion> mandateHistory() {
        return List.copyOf(mandateHistory);
    }

    public List<MilestoneState> milestones(LocalDate today) {
        return milestones.values().stream().map(m -> m.state(today)).toList();
    }

    public Set<String> memberNations() {
        return new TreeSet<>(members.keySet());
    }

    // ---- working records of the fold --------------------------------------------------------------------------

    private static final class MemberRecord {
        private final String nation;
        private MemberStatus status;
        private Instant admittedAt;
        private Instant statusSince;
        private final List<MemberState.StatusChange> history = new ArrayList<>();

        MemberRecord(String nation) {
            this.nation = nation;
        }

        void change(MemberStatus to, RecordedEvent event) {
            if (to == MemberStatus.ACTIVE && (status == null || status == MemberStatus.WITHDRAWN)) {
                admittedAt = event.effectiveTime();
            }
            status = to;
            statusSince = event.effectiveTime();
            history.add(new MemberState.StatusChange(to, event.effectiveTime(), event.recordedTime(), event.eventId()));
        }

        MemberState state() {
            return new MemberState(nation, Nations.name(nation).orElse(nation), status, admittedAt, statusSince,
                    List.copyOf(history));
        }
    }

    private static final class PartnerRecord {
        private final String nation;
        private PartnerRole role;
        private Governance governance;
        private boolean associated = true;
        private final Instant since;
        private Instant endedAt;

        PartnerRecord(String nation, PartnerRole role, Governance governance, Instant since) {
            this.nation = nation;
            this.role = role;
            this.governance = governance;
            this.since = since;
        }

        void changed(PartnerRole role, Governance governance) {
            this.role = role;
            this.governance = governance;
        }

        void ended(Instant at) {
            associated = false;
            endedAt = at;
        }

        PartnerState state() {
            return new PartnerState(nation, Nations.name(nation).orElse(nation), role, governance, associated, since,
                    endedAt);
        }
    }

    /** A pledge as of the view's instant: its standing commitment, what was delivered and when. */
    static final class PledgeRecord {
        final String pledgeId;
        final String nation;
        final PledgeCategory category;
        final String description;
        final Instant madeAt;
        final String madeEventId;
        final Amount original;
        Amount amount;
        LocalDate dueDate;
        WithdrawalCause withdrawalCause;
        Instant withdrawnAt;
        final List<PledgeState.Revision> revisions = new ArrayList<>();
        final List<PledgeState.Delivery> deliveries = new ArrayList<>();

        PledgeRecord(PledgeMade made, RecordedEvent event) {
            pledgeId = made.pledgeId();
            nation = made.nation();
            category = made.category();
            description = made.description();
            madeAt = event.effectiveTime();
            madeEventId = event.eventId();
            original = made.amount();
            amount = made.amount();
            dueDate = made.dueDate();
        }

        void revised(PledgeRevised revision, RecordedEvent event) {
            revisions.add(new PledgeState.Revision(revision.revisionId(), amount, revision.amount(), dueDate,
                    revision.dueDate(), event.effectiveTime(), event.recordedTime(), event.eventId()));
            amount = revision.amount();
            dueDate = revision.dueDate();
        }

        void delivered(DeliveryRecorded delivery, RecordedEvent event) {
            deliveries.add(new PledgeState.Delivery(delivery.deliveryId(), delivery.amount(), event.effectiveTime(),
                    event.recordedTime(), delivery.note(), event.eventId()));
        }

        void withdrawn(WithdrawalCause cause, Instant at) {
            withdrawalCause = cause;
            withdrawnAt = at;
        }

        BigDecimal delivered() {
            return deliveries.stream().map(d -> d.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Delivered up to the end of the due date (UTC), the measure of punctuality. */
        BigDecimal deliveredBy(LocalDate date) {
            Instant endOfDay = date.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            return deliveries.stream().filter(d -> d.deliveredAt().isBefore(endOfDay))
                    .map(d -> d.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        PledgeStatus status() {
            if (withdrawalCause != null) {
                return PledgeStatus.WITHDRAWN;
            }
            return delivered().compareTo(amount.value()) >= 0 ? PledgeStatus.FULFILLED : PledgeStatus.OPEN;
        }

        PledgeState state(Set<String> correctedEvents) {
            List<PledgeState.Delivery> marked = deliveries.stream()
                    .map(d -> d.markCorrected(correctedEvents.contains(d.eventId()))).toList();
            boolean corrected = correctedEvents.contains(madeEventId)
                    || revisions.stream().anyMatch(r -> correctedEvents.contains(r.eventId()));
            return new PledgeState(pledgeId, nation, category, description, amount, original, dueDate, status(),
                    new Amount(delivered(), amount.unit()), madeAt, withdrawalCause, withdrawnAt, corrected,
                    List.copyOf(revisions), marked);
        }
    }

    private static final class MilestoneRecord {
        private final String milestoneId;
        private final String name;
        private final List<String> criteria;
        private final LocalDate originalTargetDate;
        private LocalDate targetDate;
        private MilestoneStatus status = MilestoneStatus.PENDING;
        private Instant achievedAt;
        private final List<MilestoneState.Slip> slips = new ArrayList<>();

        MilestoneRecord(MilestoneDefined defined) {
            milestoneId = defined.milestoneId();
            name = defined.name();
            criteria = defined.criteria();
            originalTargetDate = defined.targetDate();
            targetDate = defined.targetDate();
        }

        void achieved(Instant at) {
            status = MilestoneStatus.ACHIEVED;
            achievedAt = at;
        }

        void slipped(MilestoneSlipped slip, RecordedEvent event) {
            slips.add(new MilestoneState.Slip(slip.previousTargetDate(), slip.newTargetDate(), slip.reason(),
                    event.effectiveTime(), event.recordedTime()));
            targetDate = slip.newTargetDate();
            status = MilestoneStatus.SLIPPED;
        }

        MilestoneState state(LocalDate today) {
            boolean overdue = status != MilestoneStatus.ACHIEVED && targetDate.isBefore(today);
            return new MilestoneState(milestoneId, name, criteria, originalTargetDate, targetDate, status, achievedAt,
                    List.copyOf(slips), overdue);
        }
    }
}
