package org.entente.membership.it;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.membership.it.Api.amount;
import static org.entente.membership.it.Api.pledge;

/** Idempotency keys, versions as ETags, If-Match, and problem+json errors that change nothing. */
class HttpConventionsIT extends MembershipIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("aggregateCache")
    Cache aggregateCache;

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyRecordsOnceAndAnswersTheSame() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("ISAF", "GBR", "DEU");
        HttpHeaders headers = api.headers();
        headers.set("Idempotency-Key", "pledge-deu-2002-01");

        ResponseEntity<Map<String, Object>> first = api.post("/coalitions/" + coalitionId + "/pledges",
                pledge("DEU", "FORCES", 1200, "personnel", "2002-02-01"), headers);
        ResponseEntity<Map<String, Object>> retry = api.post("/coalitions/" + coalitionId + "/pledges",
                pledge("DEU", "FORCES", 1200, "personnel", "2002-02-01"), headers);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag());
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(pledgeEvents(coalitionId)).isEqualTo(1);

        ResponseEntity<Map<String, Object>> reused = api.post("/coalitions/" + coalitionId + "/pledges",
                pledge("DEU", "FORCES", 999, "personnel", "2002-02-01"), headers);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(pledgeEvents(coalitionId)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyRecordOnce() throws Exception {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("ISAF II", "GBR", "TUR");
        HttpHeaders headers = api.headers();
        headers.set("Idempotency-Key", "pledge-tur-concurrent");
        List<ResponseEntity<Map<String, Object>>> answers = concurrently(6, () -> api.post("/coalitions/"
                + coalitionId + "/pledges", pledge("TUR", "FORCES", 800, "personnel", "2002-06-20"), headers));
        assertThat(answers).allSatisfy(a -> assertThat(a.getStatusCode()).isEqualTo(HttpStatus.CREATED));
        assertThat(answers).extracting(a -> a.getBody().get("pledgeId")).containsOnly(
                answers.get(0).getBody().get("pledgeId"));
        assertThat(pledgeEvents(coalitionId)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfACommandThatCannotRunTwiceReplayTheFirstAnswer() throws Exception {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Baltic Air Policing", "POL", "LTU");
        HttpHeaders headers = api.headers();
        headers.set("Idempotency-Key", "admit-lva-once");
        List<ResponseEntity<Map<String, Object>>> answers = concurrently(6, () -> api.post("/coalitions/"
                + coalitionId + "/members", Map.of("nation", "LVA"), headers));
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(a.getBody()).isEqualTo(answers.get(0).getBody());
        });
        assertThat(version(api, coalitionId)).as("one admission recorded").isEqualTo(3);
    }

    @Test
    void theETagOfAReadIsTheVersionToSendBackEvenWithCorrectionsAndFutureDecisions() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Enhanced Forward Presence", "GBR", "EST");
        String pledgeId = (String) api.ok(api.post("/coalitions/" + coalitionId + "/pledges",
                pledge("EST", "FORCES", 200, "personnel", "2031-06-01"))).get("pledgeId");
        api.ok(api.post("/coalitions/" + coalitionId + "/pledges/" + pledgeId + "/corrections", Map.of(
                "entryId", pledgeId, "amount", amount(250, "personnel"), "dueDate", "2031-06-01", "reason", "typo")));
        ResponseEntity<Map<String, Object>> future = api.post("/coalitions/" + coalitionId + "/members", Map.of(
                "nation", "FIN", "decision", Map.of("effectiveTime", java.time.Instant.now().plusSeconds(86400)
                        .toString())));
        ResponseEntity<Map<String, Object>> read = api.get("/coalitions/" + coalitionId);
        assertThat(read.getHeaders().getETag()).isEqualTo(future.getHeaders().getETag()).isEqualTo("\"5\"");
        assertThat(read.getBody()).as("the state itself does not yet include tomorrow's admission")
                .containsEntry("version", 4);

        HttpHeaders ifMatch = api.headers();
        ifMatch.setIfMatch(read.getHeaders().getETag());
        assertThat(api.post("/coalitions/" + coalitionId + "/members", Map.of("nation", "SWE"), ifMatch)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void commandsAnswerTheVersionAsETagAndAStaleIfMatchIsRefused() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Atalanta", "FRA", "ESP");
        ResponseEntity<Map<String, Object>> read = api.get("/coalitions/" + coalitionId);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"2\"");

        HttpHeaders current = api.headers();
        current.setIfMatch("\"2\"");
        ResponseEntity<Map<String, Object>> admitted = api.post("/coalitions/" + coalitionId + "/members",
                Map.of("nation", "ITA"), current);
        assertThat(admitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(admitted.getHeaders().getETag()).isEqualTo("\"3\"");
        assertThat(admitted.getBody()).containsEntry("version", 3);

        ResponseEntity<Map<String, Object>> stale = api.post("/coalitions/" + coalitionId + "/members",
                Map.of("nation", "DEU"), current);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stale.getBody()).containsEntry("type", "https://entente.dev/problems/stale-version")
                .containsEntry("currentVersion", 3);
        assertThat(version(api, coalitionId)).isEqualTo(3);
    }

    @Test
    void badInputIsA400ProblemNamingTheFieldAndWritesNothing() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Resolute Support", "USA", "DEU");
        String pledges = "/coalitions/" + coalitionId + "/pledges";
        int coalitionsBefore = coalitionsFormed();
        int before = version(api, coalitionId);

        assertProblem(api.postRaw(pledges, "{\"nation\":\"DEU\",\"category\":\"FORCES\",\"amount\":{\"value\":-3,"
                + "\"unit\":\"personnel\"},\"dueDate\":\"2015-01-01\"}"), "amount.value", "greater than 0");
        assertProblem(api.postRaw(pledges, "{\"nation\":\"XXX\",\"category\":\"FORCES\",\"amount\":{\"value\":3,"
                + "\"unit\":\"personnel\"},\"dueDate\":\"2015-01-01\"}"), "nation", "ISO 3166-1 alpha-3");
        assertProblem(api.postRaw(pledges, "{\"nation\":\"DEU\",\"category\":\"TANKS\",\"amount\":{\"value\":3,"
                + "\"unit\":\"personnel\"},\"dueDate\":\"2015-01-01\"}"), "category", "must be one of");
        assertProblem(api.postRaw(pledges, "{\"nation\":\"DEU\",\"category\":\"FORCES\",\"amount\":{\"value\":\"x\","
                + "\"unit\":\"personnel\"},\"dueDate\":\"2015-01-01\"}"), "amount.value", "");
        assertProblem(api.postRaw(pledges, "{\"nation\":\"DEU\",\"category\":\"FORCES\",\"amount\":{\"value\":3,"
                + "\"unit\":\"personnel\"},\"dueDate\":\"2015-01-01\",\"sneaky\":true}"), "sneaky", "unknown field");
        assertProblem(api.postRaw(pledges, "{\"nation\":\"DEU\",\"category\":\"FUNDING\",\"amount\":{\"value\":3,"
                + "\"unit\":\"personnel\"},\"dueDate\":\"2015-01-01\"}"), "amount.unit", "currency");
        assertProblem(api.postRaw(pledges, "{not json"), "body", "malformed JSON");
        assertProblem(api.postRaw(pledges, "{\"nation\":\"DEU\",\"category\":\"FORCES\",\"amount\":{\"value\":3,"
                + "\"unit\":\"personnel\"},\"dueDate\":\"2015-02-30\"}"), "dueDate", "ISO-8601");
        assertProblem(api.postRaw(pledges, "{\"nation\":\"DEU\",\"category\":\"FORCES\",\"amount\":{\"value\":3,"
                + "\"unit\":\"personnel\"},\"dueDate\":\"2015-01-01\",\"decision\":{\"effectiveTime\":"
                + "\"2011-02-30T00:00:00Z\"}}"), "decision.effectiveTime", "ISO-8601");
        assertProblem(api.postRaw(pledges, "{\"nation\":\"DEU\",\"category\":\"FORCES\",\"amount\":{\"value\":3,"
                + "\"unit\":\"personnel\"},\"dueDate\":\"2015-01-01\",\"decision\":{\"releasableTo\":[null]}}"),
                "decision.releasableTo[0]", "null");
        HttpHeaders badIfMatch = api.headers();
        badIfMatch.setIfMatch("\"three\"");
        assertProblem(api.post(pledges, pledge("DEU", "FORCES", 3, "personnel", "2015-01-01"), badIfMatch),
                "If-Match", "ETag");

        assertThat(version(api, coalitionId)).as("nothing was written").isEqualTo(before);
    }

    @Test
    void aBrokenRuleIs409NamingTheRuleAndAnUnknownRecordIs404() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Allied Force", "USA", "GBR");
        int before = version(api, coalitionId);

        ResponseEntity<Map<String, Object>> notMember = api.post("/coalitions/" + coalitionId + "/pledges",
                pledge("SWE", "FORCES", 8, "aircraft", "1999-04-01"));
        assertThat(notMember.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notMember.getBody()).containsEntry("rule", "only-active-members-pledge");

        ResponseEntity<Map<String, Object>> leadLeaves = api.post("/coalitions/" + coalitionId
                + "/members/USA/withdrawal", Map.of("decision",
                Api.decision("Washington leaves", "Presidential decision", null)));
        assertThat(leadLeaves.getBody()).containsEntry("rule", "the-lead-nation-stays");

        assertThat(api.get("/coalitions/no-such-coalition").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // A council role that does not cover the coalition is refused before anything about it is revealed.
        assertThat(api.post("/coalitions/no-such-coalition/members", Map.of("nation", "FRA")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> unknownPledge = api.post("/coalitions/" + coalitionId
                + "/pledges/no-such-pledge/deliveries", Map.of("amount", amount(1, "aircraft")));
        assertThat(unknownPledge.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownPledge.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(version(api, coalitionId)).isEqualTo(before);
    }

    @Test
    void afterASnapshotAndACacheMissTheCoalitionStillKnowsItsState() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Inherent Resolve", "USA", "GBR", "FRA", "AUS", "CAN", "DNK", "NLD",
                "BEL", "JOR");
        api.ok(api.post("/coalitions/" + coalitionId + "/members/BEL/suspension", Map.of("decision",
                Api.decision("caveats breached", "Council decision 2014/9", null))));
        String pledgeId = (String) api.ok(api.post("/coalitions/" + coalitionId + "/pledges",
                pledge("AUS", "FORCES", 6, "aircraft", "2014-10-01"))).get("pledgeId");
        Integer snapshots = jdbc.queryForObject("SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Integer.class, coalitionId);
        assertThat(snapshots).as("a snapshot after 10 events").isPositive();

        aggregateCache.removeAll();

        assertThat(api.post("/coalitions/" + coalitionId + "/pledges", pledge("BEL", "FORCES", 6, "aircraft",
                "2014-10-01")).getBody()).containsEntry("rule", "only-active-members-pledge");
        assertThat(api.post("/coalitions/" + coalitionId + "/pledges/" + pledgeId + "/deliveries",
                Map.of("amount", amount(2, "ships"))).getBody()).containsEntry("rule", "amounts-in-the-pledge-unit");
        assertThat(api.post("/coalitions/" + coalitionId + "/pledges/" + pledgeId + "/deliveries",
                Map.of("amount", amount(6, "aircraft"))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.post("/coalitions/" + coalitionId + "/pledges/" + pledgeId + "/withdrawal", Map.of())
                .getBody()).containsEntry("rule", "fulfilled-pledges-stay");
    }

    /** The same request from {@code clients} threads at once, and every answer. */
    private static List<ResponseEntity<Map<String, Object>>> concurrently(
            int clients, Callable<ResponseEntity<Map<String, Object>>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<ResponseEntity<Map<String, Object>>> answers = new ArrayList<>();
            for (Future<ResponseEntity<Map<String, Object>>> answer
                    : pool.invokeAll(java.util.Collections.nCopies(clients, request))) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, String field, String reason) {
        assertThat(response.getStatusCode()).as("%s", response).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("status", 400)
                .containsEntry("type", "https://entente.dev/problems/invalid-request");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.get("field")).isEqualTo(field);
            assertThat(error.get("reason")).contains(reason);
        });
    }

    @Test
    void decisionsOfConsequenceWithoutWhyOrOnWhoseAuthorityAreRefusedAndRecordNothing() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Unified Protector", "GBR", "NOR", "DNK");
        String base = "/coalitions/" + coalitionId;
        int before = version(api, coalitionId);
        Map<String, Object> whyOnly = Map.of("decision", Api.decision("mission accomplished", null, null));
        Map<String, Object> authorityOnly = Map.of("decision", Api.decision(null, "Council decision 2011/40", null));
        Map<String, Object> amendment = Map.of("classification", "EXTENSION", "mandate", Map.of("objectives",
                List.of("enforce the arms embargo"), "area", "Libya", "expiresOn", "2032-01-01"));

        for (String path : List.of("/members/DNK/suspension", "/members/DNK/withdrawal", "/dissolution")) {
            ResponseEntity<Map<String, Object>> bare = api.post(base + path, Map.of());
            api.invalid(bare, "decision.rationale");
            api.invalid(bare, "decision.authority");
            api.invalid(api.post(base + path, whyOnly), "decision.authority");
            api.invalid(api.post(base + path, authorityOnly), "decision.rationale");
        }
        api.invalid(api.post(base + "/mandate/amendments", amendment), "decision.authority");
        api.invalid(api.post(base + "/mandate/amendments", Api.with(amendment, "decision", whyOnly.get("decision"))),
                "decision.authority");

        assertThat(version(api, coalitionId)).as("nothing recorded").isEqualTo(before);
        api.ok(api.post(base + "/members/DNK/withdrawal", Map.of("decision",
                Api.decision("Copenhagen recalls its aircraft", "Folketing resolution B 12", null))));
    }

    private int version(Api api, String coalitionId) {
        return (Integer) api.ok(api.get("/coalitions/" + coalitionId)).get("version");
    }

    @Test
    void whatNoServiceDownstreamCouldStoreIsRefusedWhereItEntersNamingTheField() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Edge", "GBR", "DEU");
        String pledges = "/coalitions/" + coalitionId + "/pledges";
        int coalitionsBefore = coalitionsFormed();

        api.invalid(api.post("/coalitions", Api.coalition("Unified\u0000Protector", "GBR", null, "DEU")), "name");
        api.invalid(api.post("/coalitions", Api.coalition("Escape \u001b[31m", "GBR", null, "DEU")), "name");
        api.invalid(api.post("/coalitions", Api.coalition("Half \ud800 a pair", "GBR", null, "DEU")), "name");
        api.invalid(api.postRaw(pledges, "{\"nation\":\"DEU\",\"category\":\"FORCES\",\"amount\":"
                + "{\"value\":1E+2147483647,\"unit\":\"personnel\"},\"dueDate\":\"2002-02-01\"}"), "amount.value");
        api.invalid(api.post(pledges, pledge("DEU", "FORCES", 1200, "personnel", "+999999999-12-31")), "dueDate");
        api.invalid(api.post(pledges, pledge("DEU", "FORCES", 1200, "personnel", "2200-01-01")), "dueDate");
        api.invalid(api.post(pledges, pledge("DEU", "FORCES", 1200, "personnel", "1899-12-31")), "dueDate");
        Map<String, Object> late = pledge("DEU", "FORCES", 1200, "personnel", "2002-02-01");
        late.put("decision", Map.of("effectiveTime", "9999-12-31T00:00:00Z"));
        api.invalid(api.post(pledges, late), "decision.effectiveTime");
        ResponseEntity<Map<String, Object>> twice = api.postRaw(pledges, "{\"nation\":\"DEU\",\"nation\":\"GBR\","
                + "\"category\":\"FORCES\",\"amount\":{\"value\":1,\"unit\":\"personnel\"},\"dueDate\":\"2002-02-01\"}");
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(twice.getBody().toString()).contains("Duplicate field 'nation'");

        assertThat(pledgeEvents(coalitionId)).isZero();
        assertThat(coalitionsFormed()).isEqualTo(coalitionsBefore);
    }

    private int coalitionsFormed() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE "
                + "'%.CoalitionFormed'", Integer.class);
    }

    @Test
    void aWriteWhoseAnswerTheCallerWouldNotAcceptIsRefusedBeforeAnythingIsRecorded() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Accept", "GBR", "DEU");
        HttpHeaders headers = api.headers();
        headers.setAccept(List.of(MediaType.APPLICATION_XML));

        ResponseEntity<Map<String, Object>> refused = api.post("/coalitions/" + coalitionId + "/pledges",
                pledge("DEU", "FORCES", 1200, "personnel", "2002-02-01"), headers);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(pledgeEvents(coalitionId)).isZero();
        headers.setAccept(List.of(MediaType.APPLICATION_XML, MediaType.valueOf("application/*")));
        assertThat(api.post("/coalitions/" + coalitionId + "/pledges",
                pledge("DEU", "FORCES", 1200, "personnel", "2002-02-01"), headers).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(pledgeEvents(coalitionId)).isEqualTo(1);
    }

    private int pledgeEvents(String coalitionId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%.PledgeMade'", Integer.class, coalitionId);
        return count == null ? 0 : count;
    }
}
