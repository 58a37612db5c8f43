package org.entente.roe.engagement;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.roe.engagement.ReasonCode.*;

/** An engagement answer worded for a reader who may not see every fact it was decided on. */
class WithholdingTest {

    private static final Instant AT = Instant.parse("2011-04-10T12:00:00Z");
    private static final Reason SECRET_CAVEAT = new Reason(CAVEAT_FORBIDS_MEASURE,
            "NOR caveat c-secret (TARGETING) forbids measure 19A", "c-secret");
    private static final Reason OPEN_CAVEAT = new Reason(CAVEAT_FORBIDS_AREA,
            "NOR caveat c-open (GEOGRAPHIC) keeps its forces out of Misrata; the check names no area", "c-open");
    private static final Reason NOT_AUTHORISED = new Reason(MEASURE_NOT_AUTHORISED,
            "measure 19A is not authorised in the profile", "19A");

    private static EngagementAnswer answer(String nation, List<String> authorisedBy, Reason... reasons) {
        return new EngagementAnswer("op-1", "nor-f16", nation, "19A", null, null, AT, reasons.length == 0,
                authorisedBy, List.of(reasons));
    }

    @Test
    void theReaderGetsTheReasonsTheirOwnFactsGiveAndOneWithheldReasonForTheRest() {
        EngagementAnswer worded = Withholding.wordedFor(answer("NOR", List.of("r-secret"), SECRET_CAVEAT, OPEN_CAVEAT),
                answer("NOR", List.of(), NOT_AUTHORISED, OPEN_CAVEAT));

        assertThat(worded.permitted()).isFalse();
        assertThat(worded.reasons()).containsExactly(OPEN_CAVEAT,
                new Reason(NOT_RELEASABLE, Withholding.NOT_RELEASABLE_TEXT, null));
        assertThat(worded.authorisedBy()).as("a request the reader may not see is not named").isEmpty();
        assertThat(worded.toString()).doesNotContain("c-secret").doesNotContain("r-secret")
                .doesNotContain("not authorised");
    }

    @Test
    void aReaderWhoSeesEverythingGetsTheAnswerAsDecided() {
        EngagementAnswer decided = answer("NOR", List.of("r-1"), SECRET_CAVEAT, OPEN_CAVEAT);

        assertThat(Withholding.wordedFor(decided, decided)).isEqualTo(decided);
    }

    @Test
    void theDecisionStandsWhateverTheReaderMaySee() {
        EngagementAnswer permitted = answer("NOR", List.of("r-secret"));
        EngagementAnswer worded = Withholding.wordedFor(permitted, answer(null, List.of(), NOT_AUTHORISED,
                new Reason(FORCE_NOT_UNDER_COALITION_AUTHORITY, "force nor-f16 has not been placed", "nor-f16")));

        assertThat(worded.permitted()).isTrue();
        assertThat(worded.reasons()).isEmpty();
        assertThat(worded.authorisedBy()).isEmpty();
        assertThat(worded.nation()).as("the force's nation as the reader may see it").isNull();
    }
}
