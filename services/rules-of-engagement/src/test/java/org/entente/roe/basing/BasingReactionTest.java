package org.entente.roe.basing;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.basing.v1.BasingAgreementRequested;
import org.entente.contracts.basing.v1.BasingAgreementRevoked;
import org.entente.contracts.basing.v1.ClearanceDenied;
import org.entente.roe.inbox.Releasable;
import org.entente.testing.ReactionHarness;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The base read model: every agreement event's view upserted, with whom its event was released to. */
class BasingReactionTest {

    private static final Instant UNTIL = Instant.parse("2031-12-31T00:00:00Z");

    private record Upsert(String eventId, Releasable release, BaseAgreement agreement) {
    }

    private final List<Upsert> upserts = new ArrayList<>();
    private final ReactionHarness harness = ReactionHarness.of("rules-of-engagement",
            new BasingReaction((eventId, release, agreement) -> upserts.add(new Upsert(eventId, release, agreement))));

    @Test
    void everyAgreementEventUpsertsTheViewItCarries() {
        harness.when(new BasingAgreementRequested("a-1", "c-1", "ITA", "Sigonella", "REQUESTED",
                List.of("LOGISTICS"), UNTIL, null, 800, 20, "ACTIVE_MEMBER", null)).expectNoCommands();
        EventEnvelope revocation = harness.when(new BasingAgreementRevoked("a-1", "c-1", "ITA", "Sigonella",
                "REVOKED", List.of("LOGISTICS"), UNTIL, null, "court ruling"),
                envelope -> withReleasability(envelope, List.of("ITA"))).cause();

        assertThat(upserts).extracting(u -> u.agreement().status()).containsExactly("REQUESTED", "REVOKED");
        Upsert last = upserts.get(1);
        assertThat(last.eventId()).isEqualTo(revocation.id());
        assertThat(last.agreement().lastEvent()).isEqualTo("BasingAgreementRevoked");
        assertThat(last.release().releasableTo()).containsExactly("ITA");
    }

    @Test
    void clearancesConcernNoBase() {
        harness.when(new ClearanceDenied("k-1", "c-1", "FRA", "ITA", "OVERFLIGHT", "DENIED", "no overflight")).expectNoCommands();
        assertThat(upserts).isEmpty();
    }

    private static EventEnvelope withReleasability(EventEnvelope e, List<String> nations) {
        return new EventEnvelope(e.id(), e.type(), e.schemaVersion(), e.source(), e.subject(), e.subjectType(),
                e.sequence(), e.recordedTime(), e.effectiveTime(), e.gameTime(), e.correlationId(), e.causationId(),
                e.actor(), e.rationale(), e.authority(), e.exerciseId(), nations, e.hash(), e.data());
    }
}
