package org.entente.roe.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.roe.it.Api.decision;
import static org.entente.roe.it.Api.list;
import static org.entente.roe.it.Api.map;
import static org.entente.roe.it.Api.profile;
import static org.entente.testing.Eventually.await;

/**
 * A profile over HTTP: a measure from request to cancellation with who and on whose authority at each step, read now
 * and as of earlier instants; caveats declared and lifted; the compendium; problem+json for every kind of error, and
 * nothing changed by an error.
 */
class ProfileLifecycleIT extends RoeIntegrationTest {

    private final Upstream upstream = new Upstream();
    private Api api;
    private String coalitionId;
    private String operationId;

    @BeforeEach
    void operationKnownFromTheOtherServices() {
        coalitionId = upstream.coalition(null, "GBR", "NOR", "DEU");
        api = Api.staff(http, "GBR", coalitionId, null);
        operationId = upstream.operation(coalitionId, null);
        await("operation and coalition known", () -> api.get("/operations/" + operationId).getStatusCode().is2xxSuccessful()
                && api.get("/coalitions/" + coalitionId + "/caveats").getStatusCode().is2xxSuccessful());
    }

    @Test
    void aMeasureGoesFromRequestToCancellationEachStepWithWhoAndOnWhoseAuthority() throws Exception {
        ResponseEntity<Map<String, Object>> established = api.post(profile(operationId), Map.of());
        assertThat(established.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(established.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(established.getHeaders().getLocation()).hasToString(profile(operationId));

        String requestId = api.commander("k.hansen", "NOR").request(operationId, "13A", null, "NOR");
        String path = profile(operationId) + "/measures/" + requestId;
        Instant requested = Instant.now();
        Thread.sleep(5);
        ResponseEntity<Map<String, Object>> noAuthority = api.post(path + "/authorisation",
                Map.of("decision", decision("looks fine", null)));
        api.invalid(noAuthority, "decision.authority"); // a decision of consequence: refused before the domain

        api.ok(api.post(path + "/authorisation", Map.of("decision", decision("escalation ladder agreed",
                "NAC decision 27 March"))));
        ResponseEntity<Map<String, Object>> implemented = api.post(path + "/implementation", Map.of());
        assertThat(implemented.getHeaders().getETag()).isEqualTo("\"3\"");
        Instant beforeCancellation = Instant.now();
        Thread.sleep(5);
        api.ok(api.post(path + "/cancellation", Map.of("reason", "de-escalation")));

        ResponseEntity<Map<String, Object>> now = api.get(profile(operationId));
        assertThat(now.getHeaders().getETag()).isEqualTo("\"4\"");
        Map<String, Object> measure = list(now.getBody(), "measures").get(0);
        assertThat(measure).containsEntry("measureCode", "13A").containsEntry("series", "WARNING_SHOTS")
                .containsEntry("effect", "PERMISSION").containsEntry("status", "CANCELLED")
                .containsEntry("nation", "NOR").containsEntry("endedReason", "de-escalation");
        assertThat(map(measure.get("requested"))).containsEntry("actor", "k.hansen").containsEntry("actorNation", "NOR");
        assertThat(map(measure.get("authorised"))).containsEntry("actor", "j.smith")
                .containsEntry("authority", "NAC decision 27 March")
                .containsEntry("rationale", "escalation ladder agreed");

        Map<String, Object> asOfBefore = api.ok(api.get(profile(operationId) + "?asOf=" + beforeCancellation));
        assertThat(list(asOfBefore, "measures").get(0)).containsEntry("status", "IMPLEMENTED");
        Map<String, Object> knownThen = api.ok(api.get(profile(operationId) + "?knownAt=" + requested));
        assertThat(list(knownThen, "measures").get(0)).containsEntry("status", "REQUESTED");
        assertThat(api.get(profile(operationId) + "?asOf=2000-01-01T00:00:00Z").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        Map<String, Object> history = api.ok(api.get(profile(operationId) + "/history?size=2&page=1"));
        assertThat(history).containsEntry("totalItems", 5).containsEntry("totalPages", 3);
        assertThat(list(history, "items")).extracting(e -> e.get("type"))
                .containsExactly("MeasureAuthorised", "MeasureImplemented");
        assertThat(list(history, "items").get(0)).containsEntry("authority", "NAC decision 27 March");
    }

    @Test
    void badInputIs400NamingTheFieldBrokenRulesAre409UnknownIdsAre404AndNothingChanges() {
        assertThat(api.post(profile("no-such-operation"), Map.of()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        api.establish(operationId);
        String measures = profile(operationId) + "/measures";

        problem(api.postRaw(measures, "{\"measureCode\":\"warning shots\",\"nation\":\"NOR\"}"), 400, "measureCode");
        problem(api.postRaw(measures, "{\"measureCode\":\"99Z\",\"nation\":\"NOR\"}"), 400, "measureCode");
        problem(api.postRaw(measures, "{\"measureCode\":\"13A\",\"nation\":\"XXX\"}"), 400, "nation");
        problem(api.postRaw(measures, "{\"measureCode\":\"13A\",\"nation\":\"NOR\",\"sneaky\":1}"), 400, "sneaky");
        problem(api.postRaw(measures, "{\"measureCode\":\"13A\"}"), 400, "nation");
        problem(api.postRaw(measures, "{\"measureCode\":\"13A\",\"nation\":\"NOR\",\"decision\":{\"effectiveTime\":"
                + "\"yesterday\"}}"), 400, "decision.effectiveTime");
        Api norway = api.commander("k.hansen", "NOR");
        assertThat(problem(norway.postRaw(measures, "{\"measureCode\":\"16A\",\"nation\":\"NOR\"}"), 409, null))
                .containsEntry("rule", "the-parameter-must-fit-the-measure");
        assertThat(problem(api.commander("s.lind", "SWE").postRaw(measures,
                "{\"measureCode\":\"13A\",\"nation\":\"SWE\"}"), 409, null))
                .containsEntry("rule", "only-active-members-request-measures");
        assertThat(problem(api.postRaw(measures, "{\"measureCode\":\"13A\",\"nation\":\"NOR\"}"), 403, null))
                .as("a commander of GBR does not speak for Norway").containsEntry("rule", "own-nation-only");
        assertThat(problem(api.post(profile(operationId), Map.of()), 409, null))
                .containsEntry("rule", "a-profile-is-established-once");
        problem(api.post(measures + "/no-such-request/authorisation",
                Map.of("decision", decision("as requested", "NAC decision 27 March"))), 404, null);
        problem(api.post(profile("no-such-operation") + "/measures/r-1/implementation", Map.of()), 404, null);
        problem(api.get("/operations/" + operationId + "/engagement-check?force=f-1"), 400, "measure");
        problem(api.get("/operations/" + operationId + "/engagement-check?measure=13A"), 400, "force");
        problem(api.get("/operations/" + operationId + "/engagement-check?force=f-1&measure=99Z"), 400, "measure");
        problem(api.get("/operations/" + operationId + "/engagement-check?force=f-1&measure=13A&at=noon"), 400, "at");
        problem(api.get("/operations/no-such-operation/engagement-check?force=f-1&measure=13A"), 404, null);
        problem(api.get(profile(operationId) + "?knownAt=" + Instant.now().plusSeconds(3600)), 400, "knownAt");

        assertThat(api.get(profile(operationId)).getHeaders().getETag()).as("nothing was written").isEqualTo("\"0\"");
    }

    @Test
    void theCompendiumIsReferenceDataBySeriesAndLetter() {
        List<Map<String, Object>> series = http.exchange("/compendium", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(api.headers()),
                new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).getBody();
        assertThat(series).hasSize(11);
        assertThat(series.get(0)).containsEntry("series", "SELF_DEFENCE").containsEntry("number", 10);
        Map<String, Object> noStrikesHere = api.ok(api.get("/compendium/19C"));
        assertThat(noStrikesHere).containsEntry("effect", "PROHIBITION").containsEntry("activity", "STRIKE")
                .containsEntry("narrows", List.of("19A", "19B"));
        assertThat(map(noStrikesHere.get("parameter"))).containsEntry("kind", "ZONE").containsEntry("required", true);
        assertThat(api.get("/compendium/99Z").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("/reference/vocabulary").getBody()).containsEntry("degrees",
                List.of("OPCOM", "OPCON", "TACOM", "TACON"));
    }

    @Test
    void aNationDeclaresAndLiftsItsOwnCaveats() {
        Api norway = api.planner("k.hansen", "NOR");
        String caveats = "/coalitions/" + coalitionId + "/caveats/NOR";
        Map<String, Object> body = Map.of("category", "GEOGRAPHIC", "areas", List.of("Tripolitania"),
                "activities", List.of("STRIKE"), "description", "air defence in the east only",
                "decision", decision("parliamentary mandate", "Storting resolution"));

        ResponseEntity<Map<String, Object>> declared = norway.post(caveats, body);
        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caveatId = (String) declared.getBody().get("caveatId");
        assertThat(problem(api.planner("a.brown", "GBR").post(caveats, body), 403, null))
                .containsEntry("rule", "own-nation-only");
        problem(norway.post(caveats, Map.of("category", "WEATHER", "areas", List.of("x"))), 400, "category");
        problem(norway.post(caveats, Map.of("category", "ACTIVITY", "measures", List.of("13A", "99Z"))), 400,
                "measures[1]");
        problem(norway.post(caveats, Map.of("category", "ACTIVITY", "activities", List.of("PICNIC"))), 400,
                "activities[0]");
        assertThat(problem(norway.post(caveats, Map.of("category", "ACTIVITY")), 409, null))
                .containsEntry("rule", "a-caveat-says-what-it-restricts");
        problem(norway.post("/coalitions/no-such-coalition/caveats/NOR", body), 404, null);

        Map<String, Object> record = api.ok(api.get(caveats));
        assertThat(list(record, "caveats")).singleElement().satisfies(caveat -> {
            assertThat(caveat).containsEntry("status", "IN_FORCE").containsEntry("areas", List.of("Tripolitania"));
            assertThat(map(caveat.get("declared"))).containsEntry("authority", "Storting resolution")
                    .containsEntry("actorNation", "NOR");
        });
        norway.ok(norway.post(caveats + "/" + caveatId + "/lifting", Map.of("reason", "mandate widened")));
        assertThat(list(api.ok(api.get(caveats)), "caveats").get(0)).containsEntry("status", "LIFTED")
                .containsEntry("endedReason", "mandate widened");
        assertThat(api.ok(api.get("/coalitions/" + coalitionId + "/caveats"))).containsOnlyKeys("NOR");
        assertThat(api.ok(api.get(caveats + "/history"))).containsEntry("totalItems", 2);
    }

    private static Map<String, Object> problem(ResponseEntity<Map<String, Object>> response, int status,
                                               String field) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        if (field != null) {
            assertThat(list(response.getBody(), "errors")).extracting(e -> e.get("field")).contains(field);
        }
        return response.getBody();
    }
}
