package org.entente.basing.it;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.basing.it.Api.decision;
import static org.entente.basing.it.Api.items;
import static org.entente.basing.it.Api.with;

/** Clearances and their lead times, supply routes and sustainment over HTTP. */
class LogisticsIT extends BasingIntegrationTest {

    @Test
    void anIdOfAnotherKindOfRecordIsNotFoundAndDatesOutsideTheBoundsAreRefused() {
        String coalitionId = coalition(null, "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        Api commander = Api.commander(http, coalitionId);
        String agreementId = api.requestAgreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null);
        api.bringIntoForce(agreementId, null, null, null);
        String routeId = (String) api.ok(commander.post("/routes", ReactionsIT.route(coalitionId, null)))
                .get("routeId");
        String requestId = (String) api.ok(api.post("/sustainment-requests",
                ReactionsIT.sustainment(coalitionId, agreementId, "10"))).get("requestId");

        assertThat(api.post("/agreements/" + routeId + "/revocation", Api.consequential("wrong id"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(api.post("/clearances/" + agreementId + "/denial", Map.of("reason", "wrong id"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(commander.post("/routes/" + requestId + "/status", Map.of("status", "CLOSED"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(commander.post("/sustainment-requests/" + routeId + "/shortfall", Map.of("reason", "wrong id"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(api.ok(api.get("/agreements/" + agreementId))).as("the real records are untouched")
                .containsEntry("status", "IN_FORCE");

        Map<String, Object> agreement = Api.agreement(coalitionId, "ITA", "Sigonella", List.of("LOGISTICS"), null);
        api.invalid(api.post("/agreements", with(agreement, "validFrom", "1899-12-31T23:59:59Z")), "validFrom");
        api.invalid(api.post("/agreements", with(agreement, "validUntil", "2200-01-01T00:00:00Z")), "validUntil");
        api.invalid(api.post("/agreements/" + agreementId + "/renewal",
                Map.of("validUntil", "2300-01-01T00:00:00Z")), "validUntil");
        Api usa = Api.planner(http, "USA");
        Api france = Api.planner(http, "FRA");
        Map<String, Object> clearance = clearance(coalitionId, "USA", "FRA", Instant.now().plus(40, ChronoUnit.DAYS));
        usa.invalid(usa.post("/clearances", with(clearance, "firstUseAt", "2201-01-01T00:00:00Z")), "firstUseAt");
        String clearanceId = (String) usa.ok(usa.post("/clearances", clearance)).get("clearanceId");
        france.invalid(france.post("/clearances/" + clearanceId + "/grant", Map.of("clearanceNumber", "F-1",
                "validUntil", "1800-01-01T00:00:00Z")), "validUntil");
        api.invalid(api.post("/sustainment-requests", with(ReactionsIT.sustainment(coalitionId, agreementId, "10"),
                "needBy", "1000-01-01T00:00:00Z")), "needBy");
        api.invalid(api.get("/clearances?nation=FRA"), "coalitionId");
    }

    @Test
    void clearancesRespectTheGrantingStatesLeadTimeAndAreListedByNation() {
        String coalitionId = coalition(null, "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        assertThat(api.ok(api.get("/reference/clearance-lead-times/EGY"))).containsEntry("perFlightDays", 14)
                .containsEntry("ownFigures", true);
        assertThat(api.ok(api.get("/reference/clearance-lead-times/ESP"))).containsEntry("perFlightDays", 7)
                .containsEntry("ownFigures", false);

        Api usa = Api.planner(http, "USA");
        Api france = Api.planner(http, "FRA");
        Api egypt = Api.planner(http, "EGY");
        Map<String, Object> tooSoon = clearance(coalitionId, "USA", "EGY", Instant.now().plus(5, ChronoUnit.DAYS));
        usa.refused(usa.post("/clearances", tooSoon), "clearance-requests-respect-lead-time");
        String urgent = (String) usa.ok(usa.post("/clearances", with(tooSoon, "urgent", true))).get("clearanceId");
        assertThat(api.ok(api.get("/clearances/" + urgent))).containsEntry("shortNotice", true)
                .containsEntry("requiredNoticeDays", 14).containsEntry("status", "REQUESTED");

        String annual = (String) api.ok(api.post("/clearances", with(clearance(coalitionId, "ITA", "FRA",
                Instant.now().plus(40, ChronoUnit.DAYS)), "kind", "ANNUAL"))).get("clearanceId");
        france.ok(france.post("/clearances/" + annual + "/grant", Map.of("clearanceNumber", "FR-A-2011-12",
                "validUntil", Instant.now().plus(400, ChronoUnit.DAYS).toString(),
                "conditions", List.of("notify 24 h before each flight"))));
        egypt.ok(egypt.post("/clearances/" + urgent + "/denial", Map.of("reason", "airspace closed")));
        egypt.refused(egypt.post("/clearances/" + urgent + "/grant", Map.of("clearanceNumber", "X",
                "validUntil", Instant.now().plus(40, ChronoUnit.DAYS).toString())), "ended-clearances-stay-ended");
        egypt.refused(egypt.post("/clearances", clearance(coalitionId, "EGY", "ITA",
                Instant.now().plus(40, ChronoUnit.DAYS))), "only-active-members-request-clearances");
        usa.invalid(usa.post("/clearances", with(tooSoon, "kind", "WEEKLY")), "kind");
        france.invalid(france.post("/clearances/" + annual + "/grant", Map.of("validUntil",
                Instant.now().toString())), "clearanceNumber");

        assertThat(items(api.ok(api.get("/clearances?nation=USA&role=USER&coalitionId=" + coalitionId))))
                .extracting(c -> c.get("clearanceId"), c -> c.get("status"))
                .containsExactly(tuple(urgent, "DENIED"));
        Map<String, Object> french = items(api.ok(api.get("/clearances?nation=FRA&coalitionId=" + coalitionId))).get(0);
        assertThat(french).containsEntry("clearanceNumber", "FR-A-2011-12").containsEntry("validNow", false)
                .containsEntry("conditions", List.of("notify 24 h before each flight"));
        assertThat(api.ok(api.get("/clearances/" + annual + "?asOf=" + Instant.now().plus(41, ChronoUnit.DAYS))))
                .as("in use after its first use").containsEntry("validNow", true);
        assertThat(items(api.ok(api.get("/clearances?nation=FRA&role=USER&coalitionId=" + coalitionId)))).isEmpty();
    }

    @Test
    void aRoutesStatusIsReadAsOfAnyInstantAndSustainmentShowsItsShortfalls() {
        String coalitionId = coalition(null, "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        Api commander = Api.commander(http, coalitionId);
        String aviano = api.requestAgreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null);
        api.refused(api.post("/sustainment-requests", ReactionsIT.sustainment(coalitionId, aviano, "10")),
                "the-base-permits-logistics");
        api.bringIntoForce(aviano, null, null, null);

        Map<String, Object> routeBody = new LinkedHashMap<>(ReactionsIT.route(coalitionId, aviano));
        routeBody.put("decision", decision("opened", null, "2011-03-20T00:00:00Z"));
        String routeId = (String) api.ok(commander.post("/routes", routeBody)).get("routeId");
        api.ok(commander.post("/routes/" + routeId + "/status", Map.of("status", "CONTESTED", "reason",
                "ambush reported", "decision", decision("G2 report", null, "2011-04-10T00:00:00Z"))));
        api.refused(commander.post("/routes/" + routeId + "/status", Map.of("status", "CONTESTED")),
                "route-status-must-change");
        api.invalid(commander.post("/routes", with(routeBody, "destination", "Verona")), "destination");
        assertThat(api.ok(api.get("/routes/" + routeId + "?asOf=2011-04-01T00:00:00Z")))
                .containsEntry("status", "OPEN").containsEntry("dailyCapacityTonnes", 800);
        assertThat(api.ok(api.get("/routes/" + routeId))).containsEntry("status", "CONTESTED")
                .containsEntry("reason", "ambush reported");
        assertThat(items(api.ok(api.get("/routes?coalitionId=" + coalitionId + "&status=OPEN")))).isEmpty();

        Map<String, Object> body = new LinkedHashMap<>(ReactionsIT.sustainment(coalitionId, aviano, "120"));
        body.put("routeId", routeId);
        String requestId = (String) api.ok(api.post("/sustainment-requests", body)).get("requestId");
        api.refused(commander.post("/sustainment-requests/" + requestId + "/deliveries",
                Map.of("quantity", Map.of("value", 80, "unit", "m3"))), "deliveries-in-the-request-unit");
        api.ok(commander.post("/sustainment-requests/" + requestId + "/deliveries",
                Map.of("quantity", Map.of("value", 80, "unit", "t"))));
        api.ok(commander.post("/sustainment-requests/" + requestId + "/shortfall",
                Map.of("reason", "tanker diverted")));
        assertThat(api.ok(api.get("/sustainment-requests/" + requestId))).containsEntry("status", "SHORTFALL")
                .containsEntry("outstanding", 40).containsEntry("shortfallReason", "tanker diverted")
                .containsEntry("supplyClass", "III");
        assertThat(items(api.ok(api.get("/sustainment-requests/shortfalls?coalitionId=" + coalitionId))))
                .extracting(s -> s.get("requestId")).containsExactly(requestId);

        api.ok(commander.post("/routes/" + routeId + "/status", Map.of("status", "CLOSED")));
        api.refused(api.post("/sustainment-requests", with(body, "agreementId", null)), "the-route-is-not-closed");
        api.invalid(api.post("/sustainment-requests", with(with(body, "agreementId", null), "routeId", null)),
                "agreementId");
        api.invalid(api.post("/sustainment-requests", with(body, "supplyClass", "XI")), "supplyClass");
        assertThat(items(api.ok(api.get("/sustainment-requests?coalitionId=" + coalitionId)))).hasSize(1);
        assertThat(api.getList("/reference/supply-classes")).hasSize(10);
    }

    private static Map<String, Object> clearance(String coalitionId, String user, String granting, Instant firstUse) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coalitionId", coalitionId);
        body.put("userNation", user);
        body.put("grantingNation", granting);
        body.put("kind", "PER_FLIGHT");
        body.put("purpose", "OVERFLIGHT");
        body.put("aircraft", "C-17A");
        body.put("firstUseAt", firstUse.toString());
        return body;
    }
}
