package org.entente.roe.view;

import org.entente.platform.decision.Decision;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.entente.roe.caveat.CaveatArchived;
import org.entente.roe.caveat.CaveatDeclared;
import org.entente.roe.caveat.CaveatEndCause;
import org.entente.roe.caveat.CaveatStatus;
import org.entente.roe.profile.MeasureAuthorised;
import org.entente.roe.profile.MeasureRequested;
import org.entente.roe.profile.MeasureStatus;
import org.entente.roe.profile.RoeProfileEstablished;
import org.entente.roe.profile.RoeProfileFlaggedForReview;
import org.entente.roe.profile.RoeProfileReauthorised;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Profiles and caveats read on both time axes: in effect at asOf, as recorded by knownAt. */
class ProfileTimelineTest {

    private static final Instant T0 = Instant.parse("2011-03-24T00:00:00Z");
    private final List<RecordedEvent> history = new ArrayList<>();

    private void recorded(Object payload, Instant recorded, Instant effective, String authority) {
        history.add(new RecordedEvent("e-" + history.size(), "op-1", "RoeProfile", history.size(), recorded,
                new Decision("a.planner", "GBR", List.of("planner"), "why", authority, effective, "c", "c", null,
                        null, null), null, payload));
    }

    @Test
    void aMeasureAuthorisedLaterIsOnlyRequestedAsOfBeforeItsAuthorisation() {
        recorded(new RoeProfileEstablished("op-1", "c-1", null), T0, null, null);
        recorded(new MeasureRequested("op-1", "c-1", "r-1", "13A", null, "NOR", "CJTF"), T0.plusSeconds(10), null,
                null);
        recorded(new MeasureAuthorised("op-1", "c-1", "r-1", "13A"), T0.plusSeconds(20), null, "NAC decision");

        ProfileState before = ProfileTimeline.at(history, new Perspective(T0.plusSeconds(15), T0.plusSeconds(30)))
                .orElseThrow();
        ProfileState after = ProfileTimeline.at(history, new Perspective(T0.plusSeconds(30), T0.plusSeconds(30)))
                .orElseThrow();

        assertThat(before.measures()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MeasureStatus.REQUESTED);
            assertThat(m.requested().actor()).isEqualTo("a.planner");
            assertThat(m.authorised()).isNull();
        });
        assertThat(after.inForce()).singleElement().satisfies(m -> {
            assertThat(m.authorised().authority()).isEqualTo("NAC decision");
            assertThat(m.commander()).isEqualTo("CJTF");
        });
        assertThat(before.version()).isEqualTo(1);
        assertThat(after.version()).isEqualTo(2);
        assertThat(ProfileTimeline.at(history, new Perspective(T0.minusSeconds(1), T0.plusSeconds(30)))).isEmpty();
    }

    @Test
    void aBackdatedAuthorisationIsNotKnownBeforeItWasRecordedAndWaitsForItsRequest() {
        recorded(new RoeProfileEstablished("op-1", "c-1", null), T0, null, null);
        recorded(new MeasureRequested("op-1", "c-1", "r-1", "13A", null, "NOR", null), T0.plusSeconds(10),
                T0.plusSeconds(10), null);
        // recorded at +100, but said to be effective at +5: before its own request
        recorded(new MeasureAuthorised("op-1", "c-1", "r-1", "13A"), T0.plusSeconds(100), T0.plusSeconds(5),
                "NAC decision");

        assertThat(ProfileTimeline.at(history, new Perspective(T0.plusSeconds(50), T0.plusSeconds(50)))
                .orElseThrow().measures().get(0).status()).isEqualTo(MeasureStatus.REQUESTED);
        assertThat(ProfileTimeline.at(history, new Perspective(T0.plusSeconds(50), T0.plusSeconds(200)))
                .orElseThrow().measures().get(0).status()).isEqualTo(MeasureStatus.AUTHORISED);
    }

    @Test
    void aReviewLastsFromTheFlagToTheReauthorisation() {
        recorded(new RoeProfileEstablished("op-1", "c-1", null), T0, null, null);
        recorded(new RoeProfileFlaggedForReview("op-1", "c-1", "amendment-1"), T0.plusSeconds(10), null, null);
        recorded(new RoeProfileReauthorised("op-1", "c-1"), T0.plusSeconds(20), null, "NAC decision");

        ProfileState during = ProfileTimeline.at(history, new Perspective(T0.plusSeconds(15), T0.plusSeconds(30)))
                .orElseThrow();
        assertThat(during.underReview()).isTrue();
        assertThat(during.amendmentsUnderReview()).containsExactly("amendment-1");
        ProfileState after = ProfileTimeline.at(history, new Perspective(T0.plusSeconds(25), T0.plusSeconds(30)))
                .orElseThrow();
        assertThat(after.underReview()).isFalse();
        assertThat(after.lastReauthorised().authority()).isEqualTo("NAC decision");
    }

    @Test
    void aBackdatedFlagRecordedAfterTheReauthorisationIsNotAnsweredByIt() {
        recorded(new RoeProfileEstablished("op-1", "c-1", null), T0, null, null);
        recorded(new RoeProfileFlaggedForReview("op-1", "c-1", "amendment-1"), T0.plusSeconds(10), null, null);
        recorded(new RoeProfileReauthorised("op-1", "c-1"), T0.plusSeconds(20), null, "NAC decision");
        // a mandate amendment entered later, effective before the re-authorisation: the aggregate requires another
        recorded(new RoeProfileFlaggedForReview("op-1", "c-1", "amendment-2"), T0.plusSeconds(100),
                T0.plusSeconds(15), null);

        ProfileState now = ProfileTimeline.at(history, new Perspective(T0.plusSeconds(200), T0.plusSeconds(200)))
                .orElseThrow();
        assertThat(now.underReview()).isTrue();
        assertThat(now.amendmentsUnderReview()).containsExactly("amendment-2");
        assertThat(now.version()).isEqualTo(3);
        ProfileState asThenKnown = ProfileTimeline.at(history, new Perspective(T0.plusSeconds(50),
                T0.plusSeconds(50))).orElseThrow();
        assertThat(asThenKnown.underReview()).as("before the backdated flag was recorded").isFalse();
        ProfileState backThen = ProfileTimeline.at(history, new Perspective(T0.plusSeconds(17), T0.plusSeconds(200)))
                .orElseThrow();
        assertThat(backThen.amendmentsUnderReview()).as("from its effective time, as now known")
                .containsExactly("amendment-1", "amendment-2");
    }

    @Test
    void aReauthorisationAnswersTheFlagsRecordedBeforeItWhateverTheirEffectiveTimes() {
        recorded(new RoeProfileEstablished("op-1", "c-1", null), T0, null, null);
        // recorded first, with an effective time after the re-authorisation's
        recorded(new RoeProfileFlaggedForReview("op-1", "c-1", "amendment-1"), T0.plusSeconds(10),
                T0.plusSeconds(50), null);
        recorded(new RoeProfileReauthorised("op-1", "c-1"), T0.plusSeconds(20), T0.plusSeconds(5), "NAC decision");

        ProfileState now = ProfileTimeline.at(history, new Perspective(T0.plusSeconds(100), T0.plusSeconds(100)))
                .orElseThrow();
        assertThat(now.underReview()).isFalse();
        assertThat(now.lastReauthorised().authority()).isEqualTo("NAC decision");
        assertThat(ProfileTimeline.at(history, new Perspective(T0.plusSeconds(15), T0.plusSeconds(15)))
                .orElseThrow().amendmentsUnderReview()).as("flagged, not yet re-authorised")
                .containsExactly("amendment-1");
    }

    @Test
    void aFlagEffectiveInTheFutureHoldsTheProfileUnderReviewFromItsRecording() {
        recorded(new RoeProfileEstablished("op-1", "c-1", null), T0, null, null);
        recorded(new RoeProfileFlaggedForReview("op-1", "c-1", "amendment-1"), T0.plusSeconds(10),
                T0.plusSeconds(1000), null);

        assertThat(ProfileTimeline.at(history, new Perspective(T0.plusSeconds(20), T0.plusSeconds(20)))
                .orElseThrow().amendmentsUnderReview()).as("as the aggregate: re-authorisation is due now")
                .containsExactly("amendment-1");
        assertThat(ProfileTimeline.at(history, new Perspective(T0.plusSeconds(5), T0.plusSeconds(20)))
                .orElseThrow().underReview()).isFalse();
    }

    @Test
    void caveatsAsOfAnInstant() {
        recorded(new CaveatDeclared("c-1", "DEU", "cv-1", "GEOGRAPHIC", null, List.of(), List.of(), List.of(),
                List.of("RC South"), List.of(), null, null, null), T0, null, null);
        recorded(new CaveatArchived("c-1", "DEU", "cv-1", CaveatEndCause.MEMBER_WITHDRAWN), T0.plusSeconds(10), null,
                null);

        CaveatRecordState before = CaveatTimeline.at("c-1", "DEU", history,
                new Perspective(T0.plusSeconds(5), T0.plusSeconds(20)));
        CaveatRecordState after = CaveatTimeline.at("c-1", "DEU", history,
                new Perspective(T0.plusSeconds(15), T0.plusSeconds(20)));
        assertThat(before.inForce()).extracting(CaveatState::caveatId).containsExactly("cv-1");
        assertThat(after.inForce()).isEmpty();
        assertThat(after.caveats().get(0).status()).isEqualTo(CaveatStatus.ARCHIVED);
        assertThat(after.caveats().get(0).endedReason()).isEqualTo("MEMBER_WITHDRAWN");
    }
}
