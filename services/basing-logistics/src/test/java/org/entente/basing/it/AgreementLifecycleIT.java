package org.entente.basing.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.basing.it.Api.agreement;
import static org.entente.basing.it.Api.decision;
import static org.entente.basing.it.Api.items;
import static org.entente.basing.it.Api.with;

/** A basing agreement's life over HTTP: each step, each refusal as problem+json, and nothing changed by an error. */
class AgreementLifecycleIT extends BasingIntegrationTest {

    @Test
    void anAgreementIsNegotiatedRestrictedSuspendedReinstatedRenewedAndRevoked() {
        String coalitionId = coalition(null, "USA", "MLT", "ITA");
        Api api = new Api(http, coalitionId);
        String agreementId = api.requestAgreement(coalitionId, "ITA", "Aviano Air Base",
                List.of("STRIKE", "LOGISTICS", "ISR"), decision("forward base for the no-fly zone", null, null));
        Map<String, Object> requested = api.ok(api.get("/agreements/" + agreementId));
        assertThat(requested).containsEntry("status", "REQUESTED").containsEntry("hostStanding", "ACTIVE_MEMBER")
                .containsEntry("permittedActivities", List.of("LOGISTICS", "ISR", "STRIKE"))
                .containsEntry("permitsNow", List.of()).containsEntry("personnelCapacity", 1200)
                .containsEntry("aircraftParkingCapacity", 24);

        api.refused(api.post("/agreements/" + agreementId + "/stages", Api.stage("IN_FORCE", null)),
                "stages-follow-in-order");
        api.bringIntoForce(agreementId, null, null, null);
        assertThat(api.ok(api.get("/agreements/" + agreementId)))
                .containsEntry("status", "IN_FORCE").containsEntry("permitsNow", List.of("LOGISTICS", "ISR", "STRIKE"));

        api.refused(api.post("/agreements/" + agreementId + "/restriction",
                        Map.of("permittedActivities", List.of("LOGISTICS", "TRAINING"))),
                "a-restriction-only-removes-activities");
        api.ok(api.post("/agreements/" + agreementId + "/restriction",
                Map.of("permittedActivities", List.of("LOGISTICS", "ISR"), "reason", "no strikes from our soil")));
        api.ok(api.post("/agreements/" + agreementId + "/suspension", Map.of("reason", "parliament review")));
        assertThat(api.ok(api.get("/agreements/" + agreementId))).containsEntry("status", "SUSPENDED")
                .containsEntry("suspensionCause", "DECISION").containsEntry("permitsNow", List.of());
        api.refused(api.post("/agreements/" + agreementId + "/suspension", null), "only-open-agreements-are-suspended");
        api.ok(api.post("/agreements/" + agreementId + "/reinstatement", null));
        api.refused(api.post("/agreements/" + agreementId + "/renewal",
                Map.of("validUntil", "2031-09-27T00:00:00Z")), "a-renewal-moves-the-end-later");
        api.ok(api.post("/agreements/" + agreementId + "/renewal", Map.of("validUntil", "2032-03-27T00:00:00Z")));
        api.refused(api.post("/agreements/" + agreementId + "/expiry", null), "an-agreement-expires-at-its-end");
        Map<String, Object> revoked = api.ok(api.post("/agreements/" + agreementId + "/revocation",
                Map.of("reason", "government changed")));
        assertThat(revoked).containsEntry("agreementId", agreementId).containsEntry("version", 8);

        Map<String, Object> now = api.ok(api.get("/agreements/" + agreementId));
        assertThat(now).containsEntry("status", "REVOKED").containsEntry("reason", "government changed")
                .containsEntry("validUntil", "2032-03-27T00:00:00Z")
                .containsEntry("permittedActivities", List.of("LOGISTICS", "ISR"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) now.get("steps");
        assertThat(steps).extracting(s -> s.get("status")).containsExactly("REQUESTED", "MOU_SIGNED",
                "TECHNICAL_ARRANGEMENT_SIGNED", "IN_FORCE", "IN_FORCE", "SUSPENDED", "IN_FORCE", "IN_FORCE",
                "REVOKED");
        api.refused(api.post("/agreements/" + agreementId + "/reinstatement", null), "ended-agreements-stay-ended");

        List<Map<String, Object>> history = items(api.ok(api.get("/agreements/" + agreementId
                + "/history?size=3&page=2")));
        assertThat(history).extracting(h -> h.get("type")).containsExactly("BasingAgreementReinstated",
                "BasingAgreementRenewed", "BasingAgreementRevoked");
        assertThat(history.get(0)).containsEntry("actor", "m.rossi").containsEntry("actorNation", "ITA");
        assertThat(api.ok(api.get("/agreements/" + agreementId + "/history"))).containsEntry("totalItems", 9);
    }

    @Test
    void aPartnerHostsAndANationOutsideTheCoalitionDoesNot() {
        String coalitionId = coalition(null, "USA", "MLT", "ITA");
        Api api = new Api(http, coalitionId);
        String agreementId = api.requestAgreement(coalitionId, "MLT", "Luqa", List.of("LOGISTICS"), null);
        assertThat(api.ok(api.get("/agreements/" + agreementId))).containsEntry("hostStanding", "PARTNER")
                .containsEntry("hostPartnerRole", "HOST_NATION");

        api.refused(api.post("/agreements", agreement(coalitionId, "EGY", "Cairo West", List.of("LOGISTICS"), null)),
                "hosts-are-members-or-partners");
        Api councilOfNoCoalition = new Api(http, "coalition-nobody-formed"); // past the council scope, to the rule
        councilOfNoCoalition.refused(councilOfNoCoalition.post("/agreements", agreement("coalition-nobody-formed",
                "ITA", "Aviano", List.of("LOGISTICS"), null)), "the-coalition-must-be-known");
        assertThat(items(api.ok(api.get("/agreements?coalitionId=" + coalitionId))))
                .extracting(a -> a.get("agreementId")).containsExactly(agreementId);
    }

    @Test
    void malformedInputIsRefusedNamingTheFieldAndUnknownRecordsAreNotFound() {
        String coalitionId = coalition(null, "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        Map<String, Object> good = agreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null);

        api.invalid(api.post("/agreements", with(good, "hostNation", "XXX")), "hostNation");
        api.invalid(api.post("/agreements", with(good, "permittedActivities", List.of())), "permittedActivities");
        api.invalid(api.post("/agreements", with(good, "permittedActivities", List.of("LOGISTICS", "LOGISTICS"))),
                "permittedActivities");
        api.invalid(api.post("/agreements", with(good, "validUntil", "2011-03-19T00:00:00Z")), "validUntil");
        api.invalid(api.post("/agreements", with(good, "capacity", Map.of("personnel", -1, "aircraftParking", 2))),
                "capacity.personnel");
        api.invalid(api.postRaw("/agreements", "{\"coalitionId\":\"" + coalitionId + "\",\"hostNation\":\"ITA\","
                + "\"site\":\"Aviano\",\"permittedActivities\":[\"PICNICS\"],\"capacity\":{\"personnel\":1,"
                + "\"aircraftParking\":1},\"validFrom\":\"2011-03-20T00:00:00Z\","
                + "\"validUntil\":\"2011-09-27T00:00:00Z\"}"), "permittedActivities[0]");
        api.invalid(api.get("/agreements?coalitionId=" + coalitionId + "&asOf=yesterday"), "asOf");
        assertThat(items(api.ok(api.get("/agreements?coalitionId=" + coalitionId)))).as("nothing was recorded")
                .isEmpty();

        ResponseEntity<Map<String, Object>> missing = api.post("/agreements/" + UUID.randomUUID()
                + "/suspension", null);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(api.get("/agreements/" + UUID.randomUUID()).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aConditionalCommandOnAStaleVersionIsRefusedAndARetriedOneRecordsOnce() {
        String coalitionId = coalition(null, "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        String agreementId = api.requestAgreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null);
        ResponseEntity<Map<String, Object>> read = api.get("/agreements/" + agreementId);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"0\"");

        HttpHeaders retried = api.headers();
        retried.set("Idempotency-Key", "mou-" + agreementId);
        ResponseEntity<Map<String, Object>> first = api.post("/agreements/" + agreementId + "/stages",
                Api.stage("MOU_SIGNED", null), retried);
        ResponseEntity<Map<String, Object>> again = api.post("/agreements/" + agreementId + "/stages",
                Api.stage("MOU_SIGNED", null), retried);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(first.getBody());

        HttpHeaders stale = api.headers();
        stale.setIfMatch("\"0\"");
        ResponseEntity<Map<String, Object>> refused = api.post("/agreements/" + agreementId + "/stages",
                Api.stage("TECHNICAL_ARRANGEMENT_SIGNED", null), stale);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(api.ok(api.get("/agreements/" + agreementId))).containsEntry("status", "MOU_SIGNED")
                .containsEntry("version", 1);
    }
}
