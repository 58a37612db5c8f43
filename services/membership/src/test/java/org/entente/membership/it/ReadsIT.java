package org.entente.membership.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.membership.it.Api.amount;
import static org.entente.membership.it.Api.decision;
import static org.entente.membership.it.Api.pledge;

/** The read endpoints over HTTP: lists, mandate history, milestones, domestic support, credibility, exercises. */
class ReadsIT extends MembershipIntegrationTest {

    @Test
    void aPlannerReadsBurdenSharingCredibilityAndDomesticSupport() {
        Api api = new Api(http);
        String coalitionId = api.formCoalitionAsOf("1990-08-07T00:00:00Z", "Desert Storm", "USA", "JPN", "DEU");
        String base = "/coalitions/" + coalitionId;
        String japan = (String) api.ok(api.post(base + "/pledges",
                pledge("JPN", "FUNDING", new BigDecimal("10700000000"), "USD", "1991-06-30"))).get("pledgeId");
        api.ok(api.post(base + "/pledges", pledge("DEU", "FUNDING", new BigDecimal("6600000000"), "USD", "1991-06-30")));
        api.ok(api.post(base + "/pledges/" + japan + "/deliveries", Map.of(
                "amount", amount(new BigDecimal("5350000000"), "USD"),
                "decision", decision(null, null, "1991-06-01T00:00:00Z"))));
        api.ok(api.post(base + "/members/JPN/domestic-support", Map.of("supportPercent", 41.5, "source", "Asahi poll",
                "decision", decision(null, null, "1991-02-20T00:00:00Z"))));
        api.ok(api.post(base + "/members/JPN/domestic-support", Map.of("supportPercent", 35, "source", "Asahi poll",
                "decision", decision(null, null, "1991-03-20T00:00:00Z"))));

        Map<String, Object> burden = api.ok(api.get(base + "/burden-sharing"));
        assertThat(rows(burden)).anySatisfy(row -> {
            assertThat(row).containsEntry("nation", "JPN").containsEntry("unit", "USD");
            assertThat(new BigDecimal(row.get("shareOfCategory").toString())).isEqualByComparingTo("0.6185");
            assertThat(new BigDecimal(row.get("shortfall").toString())).isEqualByComparingTo("5350000000");
        });
        Map<String, Object> japanRecord = members(api.ok(api.get(base + "/credibility"))).stream()
                .filter(m -> m.get("nation").equals("JPN")).findFirst().orElseThrow();
        assertThat(new BigDecimal(japanRecord.get("shareDeliveredOnTime").toString())).isEqualByComparingTo("0.5");
        @SuppressWarnings("unchecked")
        Map<String, Object> support = (Map<String, Object>) japanRecord.get("latestDomesticSupport");
        assertThat(support).containsEntry("source", "Asahi poll").containsEntry("supportPercent", 35);

        List<Map<String, Object>> series = Api.items(api.ok(api.get(base + "/members/JPN/domestic-support")));
        assertThat(series).extracting(s -> s.get("supportPercent")).containsExactly(41.5, 35);
        assertThat(Api.items(api.ok(api.get(base + "/members/JPN/domestic-support?asOf=1991-03-01T00:00:00Z"))))
                .hasSize(1);
        assertThat(Api.items(api.ok(api.get(base + "/members/JPN/domestic-support?page=1&size=1"))))
                .extracting(s -> s.get("supportPercent")).containsExactly(35);
        assertThat(api.post("/coalitions/unknown-coalition/members/JPN/domestic-support",
                Map.of("supportPercent", 50, "source", "poll")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post(base + "/members/JPN/domestic-support", Map.of("supportPercent", 101, "source", "poll"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.post(base + "/members/CHN/domestic-support", Map.of("supportPercent", 50, "source", "poll"))
                .getBody()).containsEntry("rule", "only-members-are-assessed");
        HttpHeaders inAnExercise = api.headers();
        inAnExercise.set("X-Exercise-Id", "trident-juncture");
        assertThat(api.post(base + "/members/JPN/domestic-support", Map.of("supportPercent", 50, "source", "poll"),
                inAnExercise).getBody()).containsEntry("rule", "commands-stay-in-their-exercise");
        api.ok(api.post(base + "/dissolution", Map.of("decision", decision("mission ended", "Council decision",
                null))));
        assertThat(api.post(base + "/members/JPN/domestic-support", Map.of("supportPercent", 50, "source", "poll"))
                .getBody()).containsEntry("rule", "dissolved-coalitions-are-closed");
        assertThat(Api.items(api.ok(api.get(base + "/members/JPN/domestic-support")))).as("nothing recorded").hasSize(2);
    }

    @Test
    void theMandateHistoryAndTheMilestonesShowMissionCreepAndSlippage() {
        Api api = new Api(http);
        String coalitionId = api.formCoalitionAsOf("2001-12-20T00:00:00Z", "ISAF", "GBR", "DEU");
        String base = "/coalitions/" + coalitionId;
        Map<String, Object> expansion = Map.of("classification", "EXPANSION",
                "mandate", Map.of("objectives", List.of("enforce the arms embargo", "enforce the no-fly zone",
                        "support the Afghan authorities beyond Kabul"), "area", "Afghanistan", "expiresOn", "2031-09-27"),
                "legalBasis", Map.of("type", "UN_SECURITY_COUNCIL_RESOLUTION", "reference", "S/RES/1510 (2003)"),
                "decision", decision("Resolution 1510", "S/RES/1510 (2003)", "2003-10-13T00:00:00Z"));
        api.ok(api.post(base + "/mandate/amendments", expansion));
        ResponseEntity<Map<String, Object>> mislabelled = api.post(base + "/mandate/amendments",
                Api.with(Api.with(expansion, "classification", "EXTENSION"), "mandate", Map.of(
                        "objectives", List.of("enforce the arms embargo", "train the army"), "area", "Afghanistan",
                        "expiresOn", "2032-09-27")));
        assertThat(mislabelled.getBody()).containsEntry("rule", "added-objectives-are-an-expansion");

        List<Map<String, Object>> history = api.getList(base + "/mandate/history");
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).containsEntry("classification", "EXPANSION")
                .containsEntry("addedObjectives", List.of("support the Afghan authorities beyond Kabul"))
                .containsEntry("authority", "S/RES/1510 (2003)");

        String milestoneId = (String) api.ok(api.post(base + "/milestones", Map.of("name", "Tranche 1 transition",
                "criteria", List.of("Afghan forces lead security"), "targetDate", "2011-07-01"))).get("milestoneId");
        api.ok(api.post(base + "/milestones/" + milestoneId + "/slippage",
                Map.of("newTargetDate", "2011-10-01", "reason", "forces not ready")));
        List<Map<String, Object>> milestones = api.getList(base + "/milestones");
        assertThat(milestones.get(0)).containsEntry("status", "SLIPPED").containsEntry("targetDate", "2011-10-01")
                .containsEntry("originalTargetDate", "2011-07-01").containsEntry("overdue", true);
        api.ok(api.post(base + "/milestones/" + milestoneId + "/achievement", Map.of()));
        assertThat(api.getList(base + "/milestones").get(0)).containsEntry("status", "ACHIEVED")
                .containsEntry("overdue", false);
    }

    @Test
    void coalitionsAreListedInPagesAndPartnersAreData() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Coalition of the willing", "USA", "GBR");
        api.ok(api.post("/coalitions/" + coalitionId + "/partners",
                Map.of("nation", "SAU", "role", "HOST_NATION", "governance", "NON_DEMOCRATIC")));
        assertThat(api.post("/coalitions/" + coalitionId + "/partners", Map.of("nation", "GBR", "role", "OBSERVER"))
                .getBody()).containsEntry("rule", "members-are-not-partners");

        List<Map<String, Object>> partners = api.getList("/coalitions/" + coalitionId + "/partners");
        assertThat(partners).singleElement().satisfies(p -> assertThat(p).containsEntry("nation", "SAU")
                .containsEntry("role", "HOST_NATION").containsEntry("governance", "NON_DEMOCRATIC")
                .containsEntry("associated", true));

        Map<String, Object> firstPage = api.ok(api.get("/coalitions?size=1"));
        assertThat(firstPage).containsEntry("size", 1).containsEntry("page", 0);
        assertThat((Integer) firstPage.get("totalItems")).isGreaterThanOrEqualTo(1);
        assertThat(Api.items(firstPage)).hasSize(1);
        assertThat(api.get("/coalitions?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map<String, Object>> badTime = api.get("/coalitions/" + coalitionId + "?asOf=yesterday");
        assertThat(badTime.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badTime.getBody().get("errors")).asString().contains("asOf").contains("ISO-8601 instant");
        assertThat(api.getList("/reference/nations")).anySatisfy(n -> assertThat(n).containsEntry("code", "EU")
                .containsEntry("organisation", true));
    }

    @Test
    void aCoalitionFormedInAnExerciseOnlyTakesCommandsOfThatExercise() {
        Api api = new Api(http);
        HttpHeaders exercise = api.headers();
        exercise.set("X-Exercise-Id", "steadfast-jazz-2026");
        String coalitionId = (String) api.ok(api.post("/coalitions", Api.coalition("Exercise coalition", "POL", null,
                "LTU"), exercise)).get("coalitionId");

        assertThat(api.post("/coalitions/" + coalitionId + "/members", Map.of("nation", "LVA")).getBody())
                .containsEntry("rule", "commands-stay-in-their-exercise");
        assertThat(api.post("/coalitions/" + coalitionId + "/members", Map.of("nation", "LVA"), exercise)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.ok(api.get("/coalitions/" + coalitionId))).containsEntry("exerciseId", "steadfast-jazz-2026");
        assertThat(Api.items(api.ok(api.get("/coalitions/" + coalitionId + "/history"))))
                .allSatisfy(entry -> assertThat(entry).containsEntry("exerciseId", "steadfast-jazz-2026"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> burden) {
        return (List<Map<String, Object>>) burden.get("rows");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> members(Map<String, Object> credibility) {
        return (List<Map<String, Object>>) credibility.get("members");
    }
}
