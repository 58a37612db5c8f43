package org.entente.membership.it;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.membership.it.Api.amount;
import static org.entente.membership.it.Api.decision;
import static org.entente.membership.it.Api.pledge;

/**
 * The state as of a past instant, read from the event store, is the state as it was read at that instant — until a
 * backdated entry or a correction changes what is known about that past; {@code knownAt} then still shows the past as
 * it was believed to be.
 */
class AsOfIT extends MembershipIntegrationTest {

    @Test
    void theStateAsOfAPastInstantIsWhatItWasThenUnlessABackdatedEntryChangedThatPast() throws Exception {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Desert Shield", "USA", "SAU", "GBR");
        String base = "/coalitions/" + coalitionId;
        String pledgeId = (String) api.ok(api.post(base + "/pledges",
                pledge("SAU", "FUNDING", new BigDecimal("16800000000"), "USD", "2031-06-30"))).get("pledgeId");

        Snapshot first = Snapshot.take(api, base);
        api.ok(api.post(base + "/members", Map.of("nation", "EGY")));
        api.ok(api.post(base + "/pledges/" + pledgeId + "/deliveries",
                Map.of("amount", amount(new BigDecimal("4000000000"), "USD"))));
        Snapshot second = Snapshot.take(api, base);

        assertThat(first.state()).isNotEqualTo(second.state());
        assertThat(first.readAsOf(api, base, null)).isEqualTo(first.state());
        assertThat(second.readAsOf(api, base, null)).isEqualTo(second.state());

        // Entered now, true since between the two readings: a delivery nobody had recorded at the time.
        Instant between = first.at().plusMillis(1);
        api.ok(api.post(base + "/pledges/" + pledgeId + "/deliveries", Map.of(
                "amount", amount(new BigDecimal("1000000000"), "USD"),
                "decision", decision("late report from the treasury", null, between.toString()))));

        Map<String, Object> secondNowKnown = second.readAsOf(api, base, null);
        assertThat(secondNowKnown).as("the past as known now includes the backdated delivery")
                .isNotEqualTo(second.state());
        assertThat(delivered(secondNowKnown, pledgeId)).isEqualByComparingTo("5000000000");
        assertThat(second.readAsOf(api, base, second.at())).as("the past as it was known then")
                .isEqualTo(second.state());
        assertThat(delivered(first.readAsOf(api, base, null), pledgeId)).isEqualByComparingTo("0");

        // A correction of the original pledge: it was 16.9bn all along.
        api.ok(api.post(base + "/pledges/" + pledgeId + "/corrections", Map.of("entryId", pledgeId,
                "amount", amount(new BigDecimal("16900000000"), "USD"), "dueDate", "2031-06-30",
                "reason", "transcription error")));
        assertThat(pledged(first.readAsOf(api, base, null), pledgeId)).isEqualByComparingTo("16900000000");
        assertThat(first.readAsOf(api, base, first.at())).isEqualTo(first.state());
    }

    @Test
    void aDecisionWithAFutureEffectiveTimeIsNotYetTrue() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Enduring Freedom", "USA", "GBR");
        String base = "/coalitions/" + coalitionId;
        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS);
        api.ok(api.post(base + "/members", Map.of("nation", "AUS",
                "decision", decision("joins once parliament votes", "cabinet decision", nextWeek.toString()))));

        assertThat(nations(api.getList(base + "/members"))).containsExactly("USA", "GBR");
        assertThat(nations(api.getList(base + "/members?asOf=" + nextWeek.plusSeconds(1))))
                .containsExactly("USA", "GBR", "AUS");
        assertThat(api.get(base + "?asOf=2000-01-01T00:00:00Z").getStatusCode().value())
                .as("before it was formed there was no coalition").isEqualTo(404);
        assertThat(api.get(base + "?knownAt=" + Instant.now().plusSeconds(3600)).getStatusCode().value())
                .as("what will be known later is not known yet").isEqualTo(400);
    }

    /** What a client read at one instant: the coalition, its members and its pledges. */
    private record Snapshot(Instant at, Map<String, Object> state) {

        static Snapshot take(Api api, String base) throws InterruptedException {
            Map<String, Object> state = read(api, base, "");
            Instant at = Instant.now();
            Thread.sleep(15);
            return new Snapshot(at, state);
        }

        Map<String, Object> readAsOf(Api api, String base, Instant knownAt) {
            return read(api, base, "?asOf=" + at + (knownAt == null ? "" : "&knownAt=" + knownAt));
        }

        private static Map<String, Object> read(Api api, String base, String query) {
            return Map.of("coalition", api.ok(api.get(base + query)),
                    "members", api.getList(base + "/members" + query),
                    "pledges", api.ok(api.get(base + "/pledges" + query)).get("items"));
        }
    }

    private static List<String> nations(List<Map<String, Object>> members) {
        return members.stream().map(m -> (String) m.get("nation")).toList();
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal delivered(Map<String, Object> state, String pledgeId) {
        return amountOf(state, pledgeId, "delivered");
    }

    private static BigDecimal pledged(Map<String, Object> state, String pledgeId) {
        return amountOf(state, pledgeId, "amount");
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal amountOf(Map<String, Object> state, String pledgeId, String field) {
        List<Map<String, Object>> pledges = (List<Map<String, Object>>) state.get("pledges");
        Map<String, Object> pledge = pledges.stream().filter(p -> pledgeId.equals(p.get("pledgeId"))).findFirst()
                .orElseThrow();
        return new BigDecimal(String.valueOf(((Map<String, Object>) pledge.get(field)).get("value")));
    }
}
