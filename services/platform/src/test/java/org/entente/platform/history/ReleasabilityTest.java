package org.entente.platform.history;

import org.entente.platform.decision.Actor;
import org.entente.platform.decision.Decision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReleasabilityTest {

    private static Decision recordedBy(String nation, String... releasableTo) {
        return new Decision("someone", nation, List.of("planner"), null, null, null, null, null, null, null,
                List.of(releasableTo));
    }

    private static Actor reader(String nation, String role, String... clearances) {
        return new Actor("reader", nation, List.of(role), List.of(), List.of(clearances));
    }

    @Test
    void everyoneSeesWhatIsReleasableToAllMembers() {
        assertThat(Releasability.visibleTo(reader("NOR", "observer"), recordedBy("FRA"))).isTrue();
    }

    @Test
    void aRestrictedEventIsSeenByTheNationsNamedTheRecordingNationAndACoalitionWideAuditorOnly() {
        Decision restricted = recordedBy("FRA", "GBR", "USA");
        assertThat(Releasability.visibleTo(reader("GBR", "observer"), restricted)).isTrue();
        assertThat(Releasability.visibleTo(reader("FRA", "planner"), restricted)).isTrue();
        assertThat(Releasability.visibleTo(reader("NOR", "auditor", "coalition-wide-audit"), restricted)).isTrue();
        assertThat(Releasability.visibleTo(reader("NOR", "auditor"), restricted)).isFalse();
        assertThat(Releasability.visibleTo(reader("NOR", "observer", "coalition-wide-audit"), restricted))
                .as("the clearance is an auditor's").isFalse();
        assertThat(Releasability.visibleTo(reader("NOR", "coalition-authority"), restricted)).isFalse();
    }

    @Test
    void theServicesOwnWorkSeesEverything() {
        assertThat(Releasability.visibleTo(null, recordedBy("FRA", "GBR"))).isTrue();
    }
}
