package org.entente.basing.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.basing.it.Api.agreement;
import static org.entente.basing.it.Api.consequential;
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
        api.ok(api.post("/agreements/" + agreementId + "/suspension", consequential("parliament review")));
        assertThat(api.ok(api.get("/agreements/" + agreementId))).containsEntry("status", "SUSPENDED")
                .containsEntry("suspensionCause", "DECISION").containsEntry("permitsNow", List.of());
        api.refused(api.post("/agreements/" + agreementId + "/suspension", consequential(null)),
                "only-open-agreements-are-suspended");
        api.ok(api.post("/agreements/" + agreementId + "/reinstatement", null));
        api.refused(api.post("/agreements/" + agreementId + "/renewal",
                Map.of("validUntil", "2031-09-27T00:00:00Z")), "a-renewal-moves-the-end-later");
        api.ok(api.post("/agreements/" + agreementId + "/renewal", Map.of("validUntil", "2032-03-27T00:00:00Z")));
        api.refused(api.post("/agreements/" + agreementId + "/expiry", null), "an-agreement-expires-at-its-end");
        Map<String, Object> revoked = api.ok(api.post("/agreements/" + agreementId + "/revocation",
                consequential("government changed")));
        assertThat(revoked).containsEntry("agreementId", agreementId).containsEntry("version", 11);

        Map<String, Object> now = api.ok(api.get("/agreements/" + agreementId));
        assertThat(now).containsEntry("status", "REVOKED").containsEntry("reason", "government changed")
                .containsEntry("validUntil", "2032-03-27T00:00:00Z")
                .containsEntry("permittedActivities", List.of("LOGISTICS", "ISR"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) now.get("steps");
        assertThat(steps).extracting(s -> s.get("status")).containsExactly("REQUESTED", "REQUESTED", "MOU_SIGNED",
                "MOU_SIGNED", "TECHNICAL_ARRANGEMENT_SIGNED", "TECHNICAL_ARRANGEMENT_SIGNED", "IN_FORCE", "IN_FORCE",
                "SUSPENDED", "IN_FORCE", "IN_FORCE", "REVOKED");
        assertThat(steps).extracting(s -> s.get("event")).containsSubsequence("BasingAgreementStageSigned",
                "BasingAgreementAdvanced", "BasingAgreementStageSigned", "BasingAgreementAdvanced",
                "BasingAgreementStageSigned", "BasingAgreementAdvanced");
        api.refused(api.post("/agreements/" + agreementId + "/reinstatement", null), "ended-agreements-stay-ended");

        List<Map<String, Object>> history = items(api.ok(api.get("/agreements/" + agreementId
                + "/history?size=3&page=3")));
        assertThat(history).extracting(h -> h.get("type")).containsExactly("BasingAgreementReinstated",
                "BasingAgreementRenewed", "BasingAgreementRevoked");
        assertThat(history.get(0)).containsEntry("actor", "m.rossi").containsEntry("actorNation", "ITA");
        assertThat(history.get(2)).containsEntry("rationale", "government changed")
                .containsEntry("authority", "host government decision");
        assertThat(api.ok(api.get("/agreements/" + agreementId + "/history"))).containsEntry("totalItems", 12);
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
                + "/suspension", consequential(null));
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

        Api council = Api.council(http, coalitionId);
        HttpHeaders stale = council.headers();
        stale.setIfMatch("\"0\"");
        ResponseEntity<Map<String, Object>> refused = council.post("/agreements/" + agreementId + "/stages",
                Api.stage("MOU_SIGNED", null), stale);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(api.ok(api.get("/agreements/" + agreementId))).as("signed once, by the host")
                .containsEntry("status", "REQUESTED").containsEntry("signedBy", List.of("HOST_NATION"))
                .containsEntry("version", 1);
    }

    @Test
    void eachStageTakesEffectOnceBothPartiesSignedItEachByItsOwnSignatory() {
        String coalitionId = coalition(null, "USA", "MLT", "ITA");
        Api rossi = new Api(http, coalitionId); // Italy's planner on the council: either party, not both
        Api italy = Api.planner(http, "ITA");
        Api council = Api.council(http, coalitionId);
        String aviano = rossi.requestAgreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null);
        String stages = "/agreements/" + aviano + "/stages";

        rossi.ok(rossi.post(stages, Api.stage("MOU_SIGNED", null)));
        assertThat(rossi.ok(rossi.get("/agreements/" + aviano))).as("signed for the host; the coalition has not")
                .containsEntry("status", "REQUESTED").containsEntry("pendingStage", "MOU_SIGNED")
                .containsEntry("signedBy", List.of("HOST_NATION")).containsEntry("permitsNow", List.of());
        rossi.refused(rossi.post(stages, Api.stage("MOU_SIGNED", null)), "two-signatories-sign");
        italy.refused(italy.post(stages, Api.stage("MOU_SIGNED", null)), "each-party-signs-once");
        council.refused(council.post(stages, Api.stage("TECHNICAL_ARRANGEMENT_SIGNED", null)),
                "stages-follow-in-order");
        assertThat(rossi.ok(rossi.get("/agreements/" + aviano + "/history"))).as("the refusals recorded nothing")
                .containsEntry("totalItems", 2);

        council.ok(council.post(stages, Api.stage("MOU_SIGNED", null)));
        Map<String, Object> mou = rossi.ok(rossi.get("/agreements/" + aviano));
        assertThat(mou).containsEntry("status", "MOU_SIGNED").containsEntry("signedBy", List.of())
                .doesNotContainKey("pendingStage");

        // the coalition may sign first; Italy's planner then signs for the host
        council.ok(council.post(stages, Api.stage("TECHNICAL_ARRANGEMENT_SIGNED", null)));
        assertThat(rossi.ok(rossi.get("/agreements/" + aviano))).containsEntry("status", "MOU_SIGNED")
                .containsEntry("signedBy", List.of("COALITION"));
        council.refused(council.post(stages, Api.stage("TECHNICAL_ARRANGEMENT_SIGNED", null)),
                "each-party-signs-once");
        italy.ok(italy.post(stages, Api.stage("TECHNICAL_ARRANGEMENT_SIGNED", null)));
        assertThat(rossi.ok(rossi.get("/agreements/" + aviano)))
                .containsEntry("status", "TECHNICAL_ARRANGEMENT_SIGNED");

        List<Map<String, Object>> history = items(rossi.ok(rossi.get("/agreements/" + aviano + "/history")));
        assertThat(history).extracting(h -> h.get("type"), h -> h.get("actor")).containsExactly(
                tuple("BasingAgreementRequested", "m.rossi"), tuple("BasingAgreementStageSigned", "m.rossi"),
                tuple("BasingAgreementAdvanced", "s.bianchi"), tuple("BasingAgreementStageSigned", "s.bianchi"),
                tuple("BasingAgreementAdvanced", "planner.ita"));

        // a partner hosts: m.rossi signs for the coalition, Malta's planner for the host
        String luqa = rossi.requestAgreement(coalitionId, "MLT", "Luqa", List.of("LOGISTICS"), null);
        rossi.ok(rossi.post("/agreements/" + luqa + "/stages", Api.stage("MOU_SIGNED", null)));
        assertThat(rossi.ok(rossi.get("/agreements/" + luqa))).containsEntry("signedBy", List.of("COALITION"));
        rossi.refused(rossi.post("/agreements/" + luqa + "/stages", Api.stage("MOU_SIGNED", null)),
                "each-party-signs-once");
        Api malta = Api.planner(http, "MLT");
        malta.ok(malta.post("/agreements/" + luqa + "/stages", Api.stage("MOU_SIGNED", null)));
        assertThat(rossi.ok(rossi.get("/agreements/" + luqa))).containsEntry("status", "MOU_SIGNED");
    }

    @Test
    void aSuspensionOrRevocationWithoutRationaleOrAuthorityIsRefusedNamingTheFieldAndRecordsNothing() {
        String coalitionId = coalition(null, "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        String agreementId = api.requestAgreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null);
        api.bringIntoForce(agreementId, null, null, null);
        String etag = api.get("/agreements/" + agreementId).getHeaders().getETag();
        assertThat(etag).isEqualTo("\"6\"");

        for (String decision : List.of("suspension", "revocation")) {
            String path = "/agreements/" + agreementId + "/" + decision;
            ResponseEntity<Map<String, Object>> without = api.post(path, null);
            api.invalid(without, "decision.rationale");
            api.invalid(without, "decision.authority");
            api.invalid(api.post(path, Map.of("reason", "government changed")), "decision.rationale");
            ResponseEntity<Map<String, Object>> noAuthority = api.post(path, Map.of("reason", "government changed",
                    "decision", decision("government changed", null, null)));
            api.invalid(noAuthority, "decision.authority");
            assertThat(fields(noAuthority)).as(decision).containsExactly("decision.authority");
            ResponseEntity<Map<String, Object>> noRationale = api.post(path, Map.of("decision",
                    Map.of("rationale", " ", "authority", "Consiglio dei ministri")));
            api.invalid(noRationale, "decision.rationale");
            assertThat(fields(noRationale)).as(decision).containsExactly("decision.rationale");
            assertThat(api.get("/agreements/" + agreementId).getHeaders().getETag()).as("%s recorded nothing", decision)
                    .isEqualTo(etag);
        }
        assertThat(api.ok(api.get("/agreements/" + agreementId))).containsEntry("status", "IN_FORCE")
                .containsEntry("version", 6);

        api.ok(api.post("/agreements/" + agreementId + "/suspension", consequential("runway works")));
        assertThat(api.get("/agreements/" + agreementId).getHeaders().getETag()).isEqualTo("\"7\"");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(ResponseEntity<Map<String, Object>> response) {
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream().map(e -> e.get("field"))
                .toList();
    }
}
