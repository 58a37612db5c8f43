package org.entente.basing.it;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.PartnerAssociationEnded;
import org.entente.testing.ConsumerColumns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpHeaders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.basing.it.Api.items;
import static org.entente.testing.Eventually.await;

/**
 * The reactions, driven as in production: membership events published to the membership topic, and this service's
 * own agreement events read back from its own topic. Each reaction is an event whose cause is the event reacted to.
 */
class ReactionsIT extends BasingIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRosterAndTheInboxHoldWhatTheContractsAllow() {
        // this service's own tables are fed by its own events, not by another service's topic
        new ConsumerColumns(jdbc).platformTables().verifyWithPlatformTables();
    }

    @Test
    void aWithdrawnHostsAgreementsAndTheClearancesItGrantedAreSuspendedOnceWhateverIsRedelivered() {
        String coalitionId = coalition(null, "USA", "MLT", "ITA", "GRC");
        Api api = new Api(http, coalitionId);
        String inForce = api.requestAgreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS", "STRIKE"), null);
        api.bringIntoForce(inForce, null, null, null);
        String negotiating = api.requestAgreement(coalitionId, "ITA", "Sigonella", List.of("LOGISTICS"), null);
        String partnerHosted = api.requestAgreement(coalitionId, "MLT", "Luqa", List.of("LOGISTICS"), null);
        api.bringIntoForce(partnerHosted, null, null, null);
        String greekBase = api.requestAgreement(coalitionId, "GRC", "Souda Bay", List.of("LOGISTICS"), null);
        String grantedByItaly = grantedClearance(coalitionId, "ITA");
        String askedOfItaly = clearance(coalitionId, "ITA");
        String grantedByEgypt = grantedClearance(coalitionId, "EGY");

        EventEnvelope withdrawal = membershipEvent(coalitionId, new MemberWithdrawn(coalitionId, "ITA"), null);

        await("Aviano suspended", () -> "SUSPENDED".equals(api.ok(api.get("/agreements/" + inForce)).get("status")));
        for (String agreementId : List.of(inForce, negotiating)) {
            assertThat(api.ok(api.get("/agreements/" + agreementId))).containsEntry("status", "SUSPENDED")
                    .containsEntry("suspensionCause", "MEMBER_WITHDRAWN").containsEntry("permitsNow", List.of());
            Map<String, Object> cascade = last(api, "/agreements/" + agreementId);
            assertThat(cascade).containsEntry("type", "BasingAgreementSuspended")
                    .containsEntry("causationId", withdrawal.id())
                    .containsEntry("correlationId", withdrawal.correlationId())
                    .containsEntry("actor", "service:basing-logistics")
                    .containsEntry("authority", "entente.membership.MemberWithdrawn " + withdrawal.id());
            assertThat(Instant.parse((String) cascade.get("effectiveTime"))).as("effective when the member withdrew")
                    .isEqualTo(withdrawal.effectiveTime());
        }
        for (String clearanceId : List.of(grantedByItaly, askedOfItaly)) {
            assertThat(api.ok(api.get("/clearances/" + clearanceId))).containsEntry("status", "SUSPENDED")
                    .containsEntry("suspensionCause", "MEMBER_WITHDRAWN");
            assertThat(last(api, "/clearances/" + clearanceId)).containsEntry("causationId", withdrawal.id());
        }
        assertThat(api.ok(api.get("/agreements/" + partnerHosted))).as("a partner's base is not the member's")
                .containsEntry("status", "IN_FORCE");
        assertThat(api.ok(api.get("/agreements/" + greekBase))).containsEntry("status", "REQUESTED");
        assertThat(api.ok(api.get("/clearances/" + grantedByEgypt))).containsEntry("status", "GRANTED");
        api.refused(api.post("/agreements/" + inForce + "/reinstatement", null),
                "a-reinstated-host-stands-in-the-coalition");

        // Kafka delivers the withdrawal again; the next membership event of the coalition comes after it
        redeliver(withdrawal);
        EventEnvelope suspension = membershipEvent(coalitionId, new MemberSuspended(coalitionId, "GRC"), null);
        await("Souda Bay suspended", () -> "SUSPENDED".equals(api.ok(api.get("/agreements/" + greekBase))
                .get("status")));
        assertThat(last(api, "/agreements/" + greekBase)).containsEntry("causationId", suspension.id());
        assertThat(api.ok(api.get("/agreements/" + inForce + "/history"))).as("suspended once")
                .containsEntry("totalItems", 8);
        assertThat(api.ok(api.get("/clearances/" + grantedByItaly + "/history"))).containsEntry("totalItems", 3);
        assertThat(items(api.ok(api.get("/clearances?nation=ITA&role=GRANTING&status=SUSPENDED&coalitionId="
                + coalitionId))))
                .extracting(c -> c.get("clearanceId")).containsExactly(grantedByItaly, askedOfItaly);
    }

    @Test
    void theCoalitionsDissolutionClosesItsRecordsForGood() {
        String coalitionId = coalition("exercise-steadfast", "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        Api commander = Api.commander(http, coalitionId);
        Api usa = Api.planner(http, "USA");
        HttpHeaders exercise = inExercise(api);
        api.refused(api.post("/agreements", Api.agreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null)),
                "commands-stay-in-their-exercise");
        String agreementId = (String) api.ok(api.post("/agreements",
                Api.agreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null), exercise)).get("agreementId");
        Api cosigner = api.cosignerOf(agreementId);
        for (String stage : List.of("MOU_SIGNED", "TECHNICAL_ARRANGEMENT_SIGNED", "IN_FORCE")) {
            api.ok(api.post("/agreements/" + agreementId + "/stages", Map.of("stage", stage), exercise));
            api.ok(cosigner.post("/agreements/" + agreementId + "/stages", Map.of("stage", stage),
                    inExercise(cosigner)));
        }
        String routeId = (String) api.ok(commander.post("/routes", route(coalitionId, agreementId),
                inExercise(commander))).get("routeId");
        String clearanceId = (String) api.ok(usa.post("/clearances", clearanceBody(coalitionId, "FRA"),
                inExercise(usa))).get("clearanceId");
        String open = (String) api.ok(api.post("/sustainment-requests",
                sustainment(coalitionId, agreementId, "120"), exercise)).get("requestId");
        String fulfilled = (String) api.ok(api.post("/sustainment-requests",
                sustainment(coalitionId, agreementId, "10"), exercise)).get("requestId");
        api.ok(commander.post("/sustainment-requests/" + fulfilled + "/deliveries",
                Map.of("quantity", Map.of("value", 10, "unit", "t")), inExercise(commander)));

        EventEnvelope dissolution = membershipEvent(coalitionId, new CoalitionDissolved(coalitionId),
                "exercise-steadfast");

        await("Aviano closed", () -> "CLOSED".equals(api.ok(api.get("/agreements/" + agreementId)).get("status")));
        assertThat(api.ok(api.get("/agreements/" + agreementId))).containsEntry("closureCause", "COALITION_DISSOLVED")
                .containsEntry("exerciseId", "exercise-steadfast");
        assertThat(last(api, "/agreements/" + agreementId)).containsEntry("causationId", dissolution.id())
                .containsEntry("exerciseId", "exercise-steadfast");
        assertThat(api.ok(api.get("/clearances/" + clearanceId))).containsEntry("status", "CLOSED")
                .containsEntry("closureCause", "COALITION_DISSOLVED");
        assertThat(api.ok(api.get("/routes/" + routeId))).containsEntry("status", "CLOSED")
                .containsEntry("retired", true);
        assertThat(api.ok(api.get("/sustainment-requests/" + open))).containsEntry("status", "CLOSED")
                .containsEntry("closureCause", "COALITION_DISSOLVED");
        assertThat(api.ok(api.get("/sustainment-requests/" + fulfilled))).containsEntry("status", "FULFILLED");

        api.refused(api.post("/agreements/" + agreementId + "/renewal",
                Map.of("validUntil", "2040-01-01T00:00:00Z"), exercise), "ended-agreements-stay-ended");
        api.refused(commander.post("/routes/" + routeId + "/status", Map.of("status", "OPEN"),
                inExercise(commander)), "retired-routes-stay-closed");
        api.refused(api.post("/agreements", Api.agreement(coalitionId, "ITA", "Sigonella", List.of("LOGISTICS"),
                null), exercise), "dissolved-coalitions-are-closed");
    }

    @Test
    void sustainmentThroughABaseThatStopsPermittingLogisticsIsReflaggedFromThePublishedAgreementEvent() {
        String coalitionId = coalition(null, "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        Api commander = Api.commander(http, coalitionId);
        String aviano = api.requestAgreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null);
        api.bringIntoForce(aviano, null, null, null);
        String trapani = api.requestAgreement(coalitionId, "ITA", "Trapani",
                List.of("LOGISTICS", "ISR", "STRIKE", "AIR_DEFENCE"), null);
        api.bringIntoForce(trapani, null, null, null);
        String throughAviano = (String) api.ok(api.post("/sustainment-requests",
                sustainment(coalitionId, aviano, "120"))).get("requestId");
        String fulfilledThroughAviano = (String) api.ok(api.post("/sustainment-requests",
                sustainment(coalitionId, aviano, "5"))).get("requestId");
        api.ok(commander.post("/sustainment-requests/" + fulfilledThroughAviano + "/deliveries",
                Map.of("quantity", Map.of("value", 5, "unit", "t"))));
        String throughTrapani = (String) api.ok(api.post("/sustainment-requests",
                sustainment(coalitionId, trapani, "40"))).get("requestId");

        api.ok(api.post("/agreements/" + aviano + "/revocation", Api.consequential("government changed")));
        String revokedEvent = (String) last(api, "/agreements/" + aviano).get("eventId");
        await("the request through Aviano re-flagged", () -> "SHORTFALL".equals(
                api.ok(api.get("/sustainment-requests/" + throughAviano)).get("status")));
        assertThat(reflags(api, throughAviano)).singleElement().satisfies(reflag -> assertThat(reflag)
                .containsEntry("agreementId", aviano).containsEntry("cause", "AGREEMENT_REVOKED")
                .containsEntry("causationId", revokedEvent));
        assertThat(last(api, "/sustainment-requests/" + throughAviano))
                .containsEntry("type", "SustainmentReflagged").containsEntry("actor", "service:basing-logistics");
        assertThat(api.ok(api.get("/sustainment-requests/" + fulfilledThroughAviano)))
                .containsEntry("status", "FULFILLED");

        // still permitting logistics: nothing to re-flag; then no longer: re-flagged once, by the second restriction
        api.ok(api.post("/agreements/" + trapani + "/restriction",
                Map.of("permittedActivities", List.of("LOGISTICS", "ISR", "AIR_DEFENCE"))));
        api.ok(api.post("/agreements/" + trapani + "/restriction",
                Map.of("permittedActivities", List.of("ISR", "AIR_DEFENCE"))));
        String secondRestriction = (String) last(api, "/agreements/" + trapani).get("eventId");
        await("the request through Trapani re-flagged", () -> !reflags(api, throughTrapani).isEmpty());
        assertThat(reflags(api, throughTrapani)).singleElement().satisfies(reflag -> assertThat(reflag)
                .containsEntry("cause", "AGREEMENT_RESTRICTED").containsEntry("causationId", secondRestriction));

        // a delivery reopens the request; a restriction of a base that no longer permits logistics re-flags nothing,
        // the revocation re-flags it again
        api.ok(commander.post("/sustainment-requests/" + throughTrapani + "/deliveries",
                Map.of("quantity", Map.of("value", 10, "unit", "t"))));
        api.ok(api.post("/agreements/" + trapani + "/restriction", Map.of("permittedActivities", List.of("ISR"))));
        api.ok(api.post("/agreements/" + trapani + "/revocation", Api.consequential("government changed")));
        String trapaniRevoked = (String) last(api, "/agreements/" + trapani).get("eventId");
        await("the request through Trapani re-flagged by the revocation", () -> reflags(api, throughTrapani).stream()
                .anyMatch(reflag -> trapaniRevoked.equals(reflag.get("causationId"))));
        assertThat(reflags(api, throughTrapani)).extracting(reflag -> reflag.get("cause"))
                .containsExactly("AGREEMENT_RESTRICTED", "AGREEMENT_REVOKED");

        Map<String, Object> shortfalls = api.ok(api.get("/sustainment-requests/shortfalls?coalitionId=" + coalitionId));
        assertThat(items(shortfalls)).extracting(s -> s.get("requestId"))
                .containsExactly(throughAviano, throughTrapani);
    }

    @Test
    void aClosedBaseReflagsOnceAndAnEndedPartnershipSuspendsThePartnersBases() {
        String coalitionId = coalition(null, "USA", "MLT", "ITA");
        Api api = new Api(http, coalitionId);
        Api commander = Api.commander(http, coalitionId);
        String sigonella = api.requestAgreement(coalitionId, "ITA", "Sigonella", List.of("LOGISTICS"), null);
        api.bringIntoForce(sigonella, null, null, null);
        String throughSigonella = (String) api.ok(api.post("/sustainment-requests",
                sustainment(coalitionId, sigonella, "30"))).get("requestId");
        api.ok(api.post("/agreements/" + sigonella + "/suspension", Api.consequential("runway works")));
        await("re-flagged by the suspension", () -> !reflags(api, throughSigonella).isEmpty());
        api.ok(api.post("/agreements/" + sigonella + "/reinstatement", null));
        api.ok(commander.post("/sustainment-requests/" + throughSigonella + "/deliveries",
                Map.of("quantity", Map.of("value", 5, "unit", "t"))));
        api.ok(api.post("/agreements/" + sigonella + "/closure", null));
        String closed = (String) last(api, "/agreements/" + sigonella).get("eventId");
        await("re-flagged by the closure", () -> reflags(api, throughSigonella).stream()
                .anyMatch(reflag -> closed.equals(reflag.get("causationId"))));
        assertThat(reflags(api, throughSigonella)).extracting(reflag -> reflag.get("cause"))
                .containsExactly("AGREEMENT_SUSPENDED", "AGREEMENT_CLOSED");

        String luqa = api.requestAgreement(coalitionId, "MLT", "Luqa", List.of("LOGISTICS"), null);
        api.bringIntoForce(luqa, null, null, null);
        EventEnvelope ended = membershipEvent(coalitionId, new PartnerAssociationEnded(coalitionId, "MLT"), null);
        await("Luqa suspended", () -> "SUSPENDED".equals(api.ok(api.get("/agreements/" + luqa)).get("status")));
        assertThat(api.ok(api.get("/agreements/" + luqa))).containsEntry("suspensionCause", "PARTNER_ENDED");
        assertThat(last(api, "/agreements/" + luqa)).containsEntry("causationId", ended.id());
        Api malta = Api.planner(http, "MLT");
        malta.refused(malta.post("/agreements/" + luqa + "/reinstatement", null),
                "a-reinstated-host-stands-in-the-coalition");
        api.refused(api.post("/agreements", Api.agreement(coalitionId, "MLT", "Hal Far", List.of("LOGISTICS"),
                null)), "hosts-are-members-or-partners");
    }

    @Test
    void sustainmentAlongARouteViaASuspendedBaseIsReflaggedAndTheRouteTakesRequestsAgainOnceTheBaseIsReinstated() {
        String coalitionId = coalition(null, "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        Api commander = Api.commander(http, coalitionId);
        String aviano = api.requestAgreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null);
        api.bringIntoForce(aviano, null, null, null);
        String viaAviano = (String) api.ok(commander.post("/routes", route(coalitionId, aviano))).get("routeId");
        String byRoad = (String) api.ok(commander.post("/routes", route(coalitionId, null))).get("routeId");
        String alongTheRoute = (String) api.ok(api.post("/sustainment-requests", along(coalitionId, viaAviano, "60")))
                .get("requestId");
        String alongAnother = (String) api.ok(api.post("/sustainment-requests", along(coalitionId, byRoad, "20")))
                .get("requestId");

        api.ok(api.post("/agreements/" + aviano + "/suspension", Api.consequential("runway works")));
        String suspendedEvent = (String) last(api, "/agreements/" + aviano).get("eventId");
        await("the request along the route via Aviano re-flagged", () -> !reflags(api, alongTheRoute).isEmpty());
        assertThat(reflags(api, alongTheRoute)).singleElement().satisfies(reflag -> assertThat(reflag)
                .containsEntry("agreementId", aviano).containsEntry("cause", "AGREEMENT_SUSPENDED")
                .containsEntry("causationId", suspendedEvent));
        assertThat(api.ok(api.get("/sustainment-requests/" + alongTheRoute))).containsEntry("status", "SHORTFALL")
                .containsEntry("routeId", viaAviano).doesNotContainKey("agreementId");
        assertThat(last(api, "/sustainment-requests/" + alongTheRoute))
                .containsEntry("type", "SustainmentReflagged").containsEntry("actor", "service:basing-logistics");
        assertThat(api.ok(api.get("/sustainment-requests/" + alongAnother))).as("a route via no base")
                .containsEntry("status", "REQUESTED").containsEntry("reflags", List.of());

        // while the base is suspended the route takes no request; reinstated, it does again
        api.refused(api.post("/sustainment-requests", along(coalitionId, viaAviano, "10")),
                "the-route-base-permits-logistics");
        assertThat(items(api.ok(api.get("/sustainment-requests?coalitionId=" + coalitionId))))
                .as("the refusal recorded nothing").hasSize(2);
        api.ok(api.post("/agreements/" + aviano + "/reinstatement", null));
        String afterReinstatement = (String) api.ok(api.post("/sustainment-requests",
                along(coalitionId, viaAviano, "10"))).get("requestId");
        assertThat(api.ok(api.get("/sustainment-requests/" + afterReinstatement))).containsEntry("status", "REQUESTED")
                .containsEntry("routeId", viaAviano);
        assertThat(api.ok(api.get("/sustainment-requests/" + alongTheRoute + "/history"))).as("re-flagged once")
                .containsEntry("totalItems", 2);
    }

    /** 60 t of fuel for an Italian force along {@code routeId}, through no base of its own. */
    private static Map<String, Object> along(String coalitionId, String routeId, String tonnes) {
        Map<String, Object> body = sustainment(coalitionId, null, tonnes);
        body.remove("agreementId");
        body.put("routeId", routeId);
        return body;
    }

    /** The headers of {@code api} for the tabletop exercise of these tests. */
    private static HttpHeaders inExercise(Api api) {
        HttpHeaders headers = api.headers();
        headers.set("X-Exercise-Id", "exercise-steadfast");
        return headers;
    }

    /** A clearance the USA (its planner) asks of {@code granting}. */
    private String clearance(String coalitionId, String granting) {
        Api usa = Api.planner(http, "USA");
        return (String) usa.ok(usa.post("/clearances", clearanceBody(coalitionId, granting))).get("clearanceId");
    }

    private static Map<String, Object> clearanceBody(String coalitionId, String granting) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coalitionId", coalitionId);
        body.put("userNation", "USA");
        body.put("grantingNation", granting);
        body.put("kind", "PER_FLIGHT");
        body.put("purpose", "OVERFLIGHT_AND_LANDING");
        body.put("aircraft", "KC-135R");
        body.put("firstUseAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        return body;
    }

    /** A clearance the USA asked of {@code granting}, granted by its planner. */
    private String grantedClearance(String coalitionId, String granting) {
        String clearanceId = clearance(coalitionId, granting);
        Api grantor = Api.planner(http, granting);
        grantor.ok(grantor.post("/clearances/" + clearanceId + "/grant", Map.of("clearanceNumber",
                granting + "-0457", "validUntil", Instant.now().plus(45, ChronoUnit.DAYS).toString())));
        return clearanceId;
    }

    static Map<String, Object> route(String coalitionId, String agreementId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coalitionId", coalitionId);
        body.put("name", "A4 to Aviano");
        body.put("origin", "Verona");
        body.put("destination", "Aviano");
        body.put("mode", "ROAD");
        body.put("dailyCapacityTonnes", 800);
        if (agreementId != null) {
            body.put("agreementId", agreementId);
        }
        return body;
    }

    static Map<String, Object> sustainment(String coalitionId, String agreementId, String tonnes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coalitionId", coalitionId);
        body.put("forceId", "31-STORMO");
        body.put("nation", "ITA");
        body.put("supplyClass", "III");
        body.put("quantity", Map.of("value", new BigDecimal(tonnes), "unit", "t"));
        body.put("needBy", Instant.now().plus(3, ChronoUnit.DAYS).toString());
        body.put("agreementId", agreementId);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reflags(Api api, String requestId) {
        return (List<Map<String, Object>>) api.ok(api.get("/sustainment-requests/" + requestId)).get("reflags");
    }

    /** The last event of a record's history. */
    static Map<String, Object> last(Api api, String path) {
        List<Map<String, Object>> history = items(api.ok(api.get(path + "/history?size=500")));
        return history.get(history.size() - 1);
    }
}
