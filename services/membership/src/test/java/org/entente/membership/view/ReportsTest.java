package org.entente.membership.view;

import org.entente.membership.coalition.AmendmentClass;
import org.entente.membership.coalition.CoalitionFormed;
import org.entente.membership.coalition.CoalitionKind;
import org.entente.membership.coalition.CoalitionPurpose;
import org.entente.membership.coalition.LegalBasis;
import org.entente.membership.coalition.LegalBasisType;
import org.entente.membership.coalition.Mandate;
import org.entente.membership.coalition.MandateAmended;
import org.entente.membership.exit.MilestoneDefined;
import org.entente.membership.exit.MilestoneSlipped;
import org.entente.membership.exit.MilestoneStatus;
import org.entente.membership.member.MemberAdmitted;
import org.entente.membership.pledge.Amount;
import org.entente.membership.pledge.DeliveryRecorded;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.membership.pledge.PledgeMade;
import org.entente.membership.pledge.PledgeRevised;
import org.entente.membership.pledge.PledgeWithdrawn;
import org.entente.membership.pledge.WithdrawalCause;
import org.entente.platform.decision.Decision;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Burden sharing, credibility, mandate history and milestones from one small Gulf-1991-like history. */
class ReportsTest {

    private static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate NOV_1991 = LocalDate.of(1991, 11, 30);
    private final List<RecordedEvent> history = new ArrayList<>();
    private CoalitionView view;

    private void record(Object payload, String effective) {
        Decision decision = new Decision("planner", "USA", List.of("planner"), "r", "a", Instant.parse(effective), "c",
                "c", null, null, null);
        history.add(new RecordedEvent("e" + history.size(), "gulf", "Coalition", history.size(), RECORDED, decision,
                "hash", payload));
    }

    private static Amount usd(String billions) {
        return new Amount(new BigDecimal(billions).multiply(BigDecimal.valueOf(1_000_000_000L)), "USD");
    }

    @BeforeEach
    void gulfCoalition() {
        record(new CoalitionFormed("gulf", "Desert Storm", CoalitionKind.AD_HOC, CoalitionPurpose.PEACE_ENFORCEMENT,
                new LegalBasis(LegalBasisType.UN_SECURITY_COUNCIL_RESOLUTION, "S/RES/678 (1990)", null, null), "USA",
                new Mandate(List.of("liberate Kuwait"), "Kuwait", LocalDate.of(1991, 1, 15)), null),
                "1990-11-29T00:00:00Z");
        for (String nation : List.of("USA", "SAU", "JPN", "DEU", "KWT")) {
            record(new MemberAdmitted("gulf", nation), "1990-11-29T00:00:00Z");
        }
        record(new PledgeMade("gulf", "sau", "SAU", PledgeCategory.FUNDING, usd("16.8"), LocalDate.of(1991, 6, 30), null),
                "1991-01-20T00:00:00Z");
        record(new PledgeMade("gulf", "jpn", "JPN", PledgeCategory.FUNDING, usd("10"), LocalDate.of(1991, 6, 30), null),
                "1991-01-24T00:00:00Z");
        record(new PledgeMade("gulf", "deu", "DEU", PledgeCategory.FUNDING, usd("6.6"), LocalDate.of(1991, 6, 30), null),
                "1991-01-29T00:00:00Z");
        record(new PledgeMade("gulf", "kwt", "KWT", PledgeCategory.FUNDING, usd("16"), LocalDate.of(1991, 12, 31), null),
                "1991-02-01T00:00:00Z");
        record(new PledgeMade("gulf", "deu-troops", "DEU", PledgeCategory.FORCES,
                new Amount(BigDecimal.valueOf(500), "personnel"), LocalDate.of(1991, 3, 1), null), "1991-01-29T00:00:00Z");
        // Saudi Arabia pays in full, on time; Japan's pledge is revised up, then paid late; Germany pays part.
        record(new DeliveryRecorded("gulf", "sau", "s1", usd("16.8"), null), "1991-06-01T00:00:00Z");
        record(new PledgeRevised("gulf", "jpn", "r1", usd("10.7"), LocalDate.of(1991, 6, 30)), "1991-03-01T00:00:00Z");
        record(new DeliveryRecorded("gulf", "jpn", "j1", usd("5"), null), "1991-06-15T00:00:00Z");
        record(new DeliveryRecorded("gulf", "jpn", "j2", usd("5.7"), null), "1991-09-01T00:00:00Z");
        record(new DeliveryRecorded("gulf", "deu", "d1", usd("3.3"), null), "1991-06-20T00:00:00Z");
        record(new DeliveryRecorded("gulf", "deu-troops", "t1", new Amount(BigDecimal.valueOf(200), "personnel"), null),
                "1991-02-15T00:00:00Z");
        record(new PledgeWithdrawn("gulf", "deu-troops", WithdrawalCause.NATION_DECISION), "1991-02-20T00:00:00Z");
        record(new MandateAmended("gulf", "a1", AmendmentClass.EXPANSION,
                new Mandate(List.of("liberate Kuwait", "enforce the no-fly zones"), "Kuwait and Iraq", null), null),
                "1991-04-03T00:00:00Z");
        record(new MilestoneDefined("gulf", "m1", "Forces home", List.of("ceasefire holds"), LocalDate.of(1991, 6, 1)),
                "1991-03-03T00:00:00Z");
        record(new MilestoneSlipped("gulf", "m1", LocalDate.of(1991, 6, 1), LocalDate.of(1991, 9, 1), "Kurdish crisis"),
                "1991-04-10T00:00:00Z");
        Instant endNovember = Instant.parse("1991-11-30T00:00:00Z");
        view = CoalitionTimeline.at(history, new Perspective(endNovember, RECORDED));
    }

    @Test
    void burdenSharingCountsEachCategoryInItsOwnUnitWithSharesAndShortfallsOfPledgesPastDue() {
        BurdenSharing table = BurdenSharing.of(view, NOV_1991);

        BurdenSharing.Row germanyMoney = row(table, "DEU", PledgeCategory.FUNDING);
        assertThat(germanyMoney.pledged()).isEqualByComparingTo("6600000000");
        assertThat(germanyMoney.delivered()).isEqualByComparingTo("3300000000");
        assertThat(germanyMoney.shortfall()).isEqualByComparingTo("3300000000");
        assertThat(row(table, "KWT", PledgeCategory.FUNDING).shortfall()).as("not yet due").isEqualByComparingTo("0");
        assertThat(row(table, "JPN", PledgeCategory.FUNDING).pledged()).as("as revised").isEqualByComparingTo("10700000000");
        // 16.8 + 10.7 + 6.6 + 16 = 50.1bn pledged in USD
        assertThat(row(table, "SAU", PledgeCategory.FUNDING).shareOfCategory()).isEqualByComparingTo("0.3353");
        BurdenSharing.Row germanyTroops = row(table, "DEU", PledgeCategory.FORCES);
        assertThat(germanyTroops.unit()).isEqualTo("personnel");
        assertThat(germanyTroops.pledged()).as("a withdrawn pledge counts for what it delivered")
                .isEqualByComparingTo("200");
        assertThat(germanyTroops.shortfall()).isEqualByComparingTo("0");
        assertThat(table.totals()).anySatisfy(total -> {
            assertThat(total.category()).isEqualTo(PledgeCategory.FUNDING);
            assertThat(total.unit()).isEqualTo("USD");
            assertThat(total.pledged()).isEqualByComparingTo("50100000000");
            assertThat(total.contributors()).isEqualTo(4);
        });
    }

    @Test
    void credibilityIsTheShareDeliveredAndTheShareDeliveredOnTimeNextToDomesticSupport() {
        Credibility.SupportAssessment poll = new Credibility.SupportAssessment(new BigDecimal("41.5"), "poll",
                Instant.parse("1991-10-01T00:00:00Z"), RECORDED);
        Credibility credibility = Credibility.of(view, NOV_1991, Map.of("JPN", Optional.of(poll)));

        Credibility.MemberCredibility saudi = member(credibility, "SAU");
        assertThat(saudi.shareDelivered()).isEqualByComparingTo("1");
        assertThat(saudi.shareDeliveredOnTime()).isEqualByComparingTo("1");
        Credibility.MemberCredibility japan = member(credibility, "JPN");
        assertThat(japan.shareDelivered()).isEqualByComparingTo("1");
        assertThat(japan.shareDeliveredOnTime()).as("5 of 10.7 by the due date").isEqualByComparingTo("0.4673");
        assertThat(japan.latestDomesticSupport()).isEqualTo(poll);
        Credibility.MemberCredibility germany = member(credibility, "DEU");
        assertThat(germany.withdrawn()).isEqualTo(1);
        assertThat(germany.overdue()).isEqualTo(1);
        assertThat(germany.shareDelivered()).as("(0.5 + 0.4) / 2: the withdrawn troops count against it")
                .isEqualByComparingTo("0.45");
        Credibility.MemberCredibility kuwait = member(credibility, "KWT");
        assertThat(kuwait.assessedPledges()).isZero();
        assertThat(kuwait.shareDelivered()).as("nothing due yet, nothing to judge").isNull();
    }

    @Test
    void theMandateHistoryShowsWhatEachAmendmentAdded() {
        List<MandateVersion> versions = view.mandateHistory();

        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).classification()).isNull();
        assertThat(versions.get(1).classification()).isEqualTo(AmendmentClass.EXPANSION);
        assertThat(versions.get(1).addedObjectives()).containsExactly("enforce the no-fly zones");
        assertThat(versions.get(1).actor()).isEqualTo("planner");
    }

    @Test
    void aSlippedMilestoneKeepsItsSlipsAndIsOverdueOnceItsNewDatePasses() {
        MilestoneState milestone = view.milestones(NOV_1991).get(0);

        assertThat(milestone.status()).isEqualTo(MilestoneStatus.SLIPPED);
        assertThat(milestone.originalTargetDate()).isEqualTo(LocalDate.of(1991, 6, 1));
        assertThat(milestone.targetDate()).isEqualTo(LocalDate.of(1991, 9, 1));
        assertThat(milestone.slips()).extracting(MilestoneState.Slip::reason).containsExactly("Kurdish crisis");
        assertThat(milestone.overdue()).isTrue();
        assertThat(view.milestones(LocalDate.of(1991, 8, 1)).get(0).overdue()).isFalse();
    }

    private static BurdenSharing.Row row(BurdenSharing table, String nation, PledgeCategory category) {
        return table.rows().stream().filter(r -> r.nation().equals(nation) && r.category() == category).findFirst()
                .orElseThrow();
    }

    private static Credibility.MemberCredibility member(Credibility credibility, String nation) {
        return credibility.members().stream().filter(m -> m.nation().equals(nation)).findFirst().orElseThrow();
    }
}
