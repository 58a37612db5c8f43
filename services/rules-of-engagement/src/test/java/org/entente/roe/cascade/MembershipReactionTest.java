package org.entente.roe.cascade;

import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.MandateAmended;
import org.entente.contracts.membership.v1.MandateExpired;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.Mandate;
import org.entente.contracts.membership.v1.PledgeWithdrawn;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.roe.caveat.ArchiveCaveats;
import org.entente.roe.caveat.CaveatEndCause;
import org.entente.roe.caveat.CloseCaveatRecord;
import org.entente.roe.profile.CloseMeasureRequests;
import org.entente.roe.profile.CloseProfile;
import org.entente.roe.profile.FlagProfileForReview;
import org.entente.roe.profile.KnownOperation;
import org.entente.roe.profile.OperationDirectory;
import org.entente.roe.profile.ProfileClosureCause;
import org.entente.roe.profile.RequestClosureCause;
import org.entente.testing.ReactionHarness;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What membership changes do to the rules of engagement. Coalition c-1 has op-1 (open, with a profile), op-2 (closed,
 * with a profile) and op-3 (no profile); Norway and Italy have caveat records, Sweden has none.
 */
class MembershipReactionTest {

    private static final List<KnownOperation> OPERATIONS = List.of(new KnownOperation("op-1", "c-1", "Unified", false),
            new KnownOperation("op-2", "c-1", "Odyssey", true), new KnownOperation("op-3", "c-1", "Ellamy", false));
    private static final Set<String> STORED = Set.of("op-1", "op-2", "c-1/caveats/NOR", "c-1/caveats/ITA");

    private final OperationDirectory operations = new OperationDirectory() {
        @Override
        public Optional<KnownOperation> operation(String operationId) {
            return OPERATIONS.stream().filter(o -> o.operationId().equals(operationId)).findFirst();
        }

        @Override
        public List<KnownOperation> ofCoalition(String coalitionId) {
            return OPERATIONS.stream().filter(o -> o.coalitionId().equals(coalitionId)).toList();
        }
    };
    private final FixedCoalitionRoster roster = new FixedCoalitionRoster().coalition("c-1", null)
            .member("c-1", "NOR", Standing.WITHDRAWN_MEMBER).member("c-1", "ITA", Standing.ACTIVE_MEMBER)
            .member("c-1", "SWE", Standing.ACTIVE_MEMBER);
    private final ReactionHarness harness = ReactionHarness.of("rules-of-engagement",
            new MembershipReaction(operations, roster, STORED::contains));

    @Test
    void aWithdrawnNationsCaveatsAreArchivedAndItsWaitingRequestsClosedInEveryProfile() {
        harness.when(new MemberWithdrawn("c-1", "NOR")).expectCommands(
                new ArchiveCaveats("c-1/caveats/NOR", CaveatEndCause.MEMBER_WITHDRAWN),
                new CloseMeasureRequests("op-1", "NOR", RequestClosureCause.MEMBER_WITHDRAWN),
                new CloseMeasureRequests("op-2", "NOR", RequestClosureCause.MEMBER_WITHDRAWN));
    }

    @Test
    void aSuspendedNationWithoutCaveatsOnlyHasItsRequestsClosed() {
        harness.when(new MemberSuspended("c-1", "SWE")).expectCommands(
                new CloseMeasureRequests("op-1", "SWE", RequestClosureCause.MEMBER_SUSPENDED),
                new CloseMeasureRequests("op-2", "SWE", RequestClosureCause.MEMBER_SUSPENDED));
    }

    @Test
    void anExpansionFlagsEveryOpenProfileAndAnExtensionNothing() {
        Mandate mandate = new Mandate(List.of("protect civilians"), "Libya", null);
        harness.when(new MandateAmended("c-1", "a-7", "EXPANSION", mandate, null))
                .expectCommands(new FlagProfileForReview("op-1", "a-7"));
        harness.when(new MandateAmended("c-1", "a-8", "EXTENSION", mandate, null)).expectNoCommands();
    }

    @Test
    void aLapsedMandateFlagsEveryOpenProfileUnderTheLapsesOwnId() {
        ReactionHarness.Reacted lapse = harness.when(new MandateExpired("c-1", LocalDate.parse("2011-06-27")));
        lapse.expectCommands(new FlagProfileForReview("op-1", lapse.cause().id()));
    }

    @Test
    void aDissolutionClosesEveryProfileAndEveryCaveatRecord() {
        harness.when(new CoalitionDissolved("c-1")).expectCommands(
                new CloseProfile("op-1", ProfileClosureCause.COALITION_DISSOLVED),
                new CloseProfile("op-2", ProfileClosureCause.COALITION_DISSOLVED),
                new CloseCaveatRecord("c-1/caveats/ITA", CaveatEndCause.COALITION_DISSOLVED),
                new CloseCaveatRecord("c-1/caveats/NOR", CaveatEndCause.COALITION_DISSOLVED));
    }

    @Test
    void aPledgeConcernsNoRuleOfEngagement() {
        harness.when(new PledgeWithdrawn("c-1", "p-1", "NATIONAL_DECISION")).expectNoCommands();
    }
}
