package org.entente.basing.reaction;

import org.entente.basing.directory.BasingDirectory;
import org.entente.basing.directory.BasingDirectory.Routed;
import org.entente.basing.sustainment.ReflagCause;
import org.entente.basing.sustainment.ReflagSustainment;
import org.entente.contracts.basing.v1.BasingAgreementClosed;
import org.entente.contracts.basing.v1.BasingAgreementExpired;
import org.entente.contracts.basing.v1.BasingAgreementRestricted;
import org.entente.contracts.basing.v1.BasingAgreementSuspended;
import org.entente.testing.ReactionHarness;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which agreement events re-flag which sustainment requests, against a directory as the reaction finds it. */
class AgreementReactionTest {

    private static final Instant UNTIL = Instant.parse("2031-09-27T00:00:00Z");
    private static final Instant FROM = Instant.parse("2011-03-20T00:00:00Z");

    /**
     * The directory: the open requests through a-1 registered by the event's recording, one naming it, one along a
     * route via it.
     */
    private static final class Directory extends BasingDirectory {
        boolean permitsLogistics;
        Instant askedBy;

        Directory() {
            super(null);
        }

        @Override
        public boolean permitsLogisticsNow(String agreementId) {
            return permitsLogistics;
        }

        @Override
        public List<Routed> openSustainmentThrough(String agreementId, Instant by) {
            askedBy = by;
            return List.of(new Routed("request-1", null), new Routed("request-2", "route-7"));
        }
    }

    private final Directory directory = new Directory();
    private final ReactionHarness harness = ReactionHarness.of("basing-logistics", new AgreementReaction(directory));

    /** Reacts to {@code data}; the directory was asked only for requests registered by the event's recording. */
    private ReactionHarness.Reacted react(Object data) {
        ReactionHarness.Reacted reacted = harness.when(data);
        assertThat(directory.askedBy == null || directory.askedBy.equals(reacted.cause().recordedTime()))
                .as("only requests registered by the event's recorded time").isTrue();
        return reacted;
    }

    private static BasingAgreementRestricted restricted(List<String> remaining, List<String> removed) {
        return new BasingAgreementRestricted("a-1", "c-1", "ITA", "Trapani", "IN_FORCE", remaining, UNTIL, FROM,
                removed, null);
    }

    @Test
    void onlyTheRestrictionThatTakesLogisticsAwayReflags() {
        react(restricted(List.of("ISR"), List.of("STRIKE"))).expectNoCommands(); // it had lost logistics before
        react(restricted(List.of("ISR"), List.of("LOGISTICS"))).expectCommands(
                new ReflagSustainment("request-1", "a-1", ReflagCause.AGREEMENT_RESTRICTED),
                new ReflagSustainment("request-2", "a-1", ReflagCause.AGREEMENT_RESTRICTED, "route-7"));
        assertThat(directory.askedBy).isNotNull();
    }

    @Test
    void anExpiredOrClosedBaseReflagsWhatWentThroughIt() {
        react(new BasingAgreementExpired("a-1", "c-1", "ITA", "Trapani", "EXPIRED", List.of("LOGISTICS"), UNTIL,
                FROM)).expectCommands(new ReflagSustainment("request-1", "a-1", ReflagCause.AGREEMENT_EXPIRED),
                new ReflagSustainment("request-2", "a-1", ReflagCause.AGREEMENT_EXPIRED, "route-7"));
        react(new BasingAgreementClosed("a-1", "c-1", "ITA", "Trapani", "CLOSED", List.of("LOGISTICS"), UNTIL, FROM,
                "CONCLUDED")).expectCommands(new ReflagSustainment("request-1", "a-1", ReflagCause.AGREEMENT_CLOSED),
                new ReflagSustainment("request-2", "a-1", ReflagCause.AGREEMENT_CLOSED, "route-7"));
    }

    @Test
    void anOldSuspensionReadAfterTheBaseWasReinstatedReflagsNothing() {
        directory.permitsLogistics = true;
        react(new BasingAgreementSuspended("a-1", "c-1", "ITA", "Trapani", "SUSPENDED", List.of("LOGISTICS"), UNTIL,
                FROM, "DECISION", null)).expectNoCommands();
        assertThat(directory.askedBy).isNull();
    }
}
