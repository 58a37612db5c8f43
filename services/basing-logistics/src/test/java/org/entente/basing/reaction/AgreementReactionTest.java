package org.entente.basing.reaction;

import org.entente.basing.directory.BasingDirectory;
import org.entente.basing.sustainment.ReflagCause;
import org.entente.basing.sustainment.ReflagSustainment;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.basing.v1.BasingAgreementClosed;
import org.entente.contracts.basing.v1.BasingAgreementExpired;
import org.entente.contracts.basing.v1.BasingAgreementRestricted;
import org.entente.contracts.basing.v1.BasingAgreementSuspended;
import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.platform.inbox.ReactionContext;
import org.entente.testing.EnvelopeWriter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which agreement events re-flag which sustainment requests, against a directory as the reaction finds it. */
class AgreementReactionTest {

    private static final Instant UNTIL = Instant.parse("2031-09-27T00:00:00Z");
    private static final Instant FROM = Instant.parse("2011-03-20T00:00:00Z");

    /** The directory: one request routed through a-1 before the event was recorded, one after. */
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
        public List<String> openSustainmentThrough(String agreementId, Instant by) {
            askedBy = by;
            return List.of("request-1");
        }
    }

    private final Directory directory = new Directory();
    private final AgreementReaction reaction = new AgreementReaction(directory);
    private final List<ReflagSustainment> sent = new ArrayList<>();

    private void react(Object data) {
        EventEnvelope event = EnvelopeWriter.envelope(BasingLogisticsEventsV1.SOURCE,
                BasingLogisticsEventsV1.of(data.getClass()).name(), "a-1", 3, data, null);
        reaction.react(event, new ReactionContext() {
            @Override
            public EventEnvelope cause() {
                return event;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <R> R send(Object command, String rationale) {
                sent.add((ReflagSustainment) command);
                return null;
            }
        });
        assertThat(directory.askedBy == null || directory.askedBy.equals(event.recordedTime()))
                .as("only requests registered by the event's recorded time").isTrue();
    }

    private static BasingAgreementRestricted restricted(List<String> remaining, List<String> removed) {
        return new BasingAgreementRestricted("a-1", "c-1", "ITA", "Trapani", "IN_FORCE", remaining, UNTIL, FROM,
                removed, null);
    }

    @Test
    void onlyTheRestrictionThatTakesLogisticsAwayReflags() {
        react(restricted(List.of("ISR"), List.of("STRIKE")));
        assertThat(sent).as("a base that had already lost logistics").isEmpty();
        react(restricted(List.of("ISR"), List.of("LOGISTICS")));
        assertThat(sent).singleElement().isEqualTo(new ReflagSustainment("request-1", "a-1",
                ReflagCause.AGREEMENT_RESTRICTED));
        assertThat(directory.askedBy).isNotNull();
    }

    @Test
    void anExpiredOrClosedBaseReflagsWhatWentThroughIt() {
        react(new BasingAgreementExpired("a-1", "c-1", "ITA", "Trapani", "EXPIRED", List.of("LOGISTICS"), UNTIL,
                FROM));
        react(new BasingAgreementClosed("a-1", "c-1", "ITA", "Trapani", "CLOSED", List.of("LOGISTICS"), UNTIL, FROM,
                "CONCLUDED"));
        assertThat(sent).extracting(ReflagSustainment::cause).containsExactly(ReflagCause.AGREEMENT_EXPIRED,
                ReflagCause.AGREEMENT_CLOSED);
    }

    @Test
    void anOldSuspensionReadAfterTheBaseWasReinstatedReflagsNothing() {
        directory.permitsLogistics = true;
        react(new BasingAgreementSuspended("a-1", "c-1", "ITA", "Trapani", "SUSPENDED", List.of("LOGISTICS"), UNTIL,
                FROM, "DECISION", null));
        assertThat(sent).isEmpty();
        assertThat(directory.askedBy).isNull();
    }
}
