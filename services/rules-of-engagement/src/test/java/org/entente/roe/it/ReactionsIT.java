package org.entente.roe.it;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.basing.v1.BasingAgreementAdvanced;
import org.entente.contracts.basing.v1.BasingAgreementClosed;
import org.entente.contracts.basing.v1.BasingAgreementRestricted;
import org.entente.contracts.basing.v1.BasingAgreementRevoked;
import org.entente.contracts.commandstructure.v1.ForceRecalled;
import org.entente.contracts.commandstructure.v1.ForceReturnedToNationalCommand;
import org.entente.contracts.commandstructure.v1.OperationClosed;
import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.MandateAmended;
import org.entente.contracts.membership.v1.MandateExpired;
import org.entente.contracts.membership.v1.Mandate;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.MilestoneDefined;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.roe.it.Api.list;
import static org.entente.roe.it.Api.map;
import static org.entente.roe.it.Api.profile;
import static org.entente.roe.it.Api.reasonCodes;
import static org.entente.testing.Eventually.await;

/**
 * The service reacting to the other services' topics, driven by hand-built envelopes on the real broker: the engagement
 * check follows placements, bases, caveats, withdrawals, mandate expansions and closures; a redelivered event changes
 * nothing.
 */
class ReactionsIT extends RoeIntegrationTest {

    private static final String FORCE = "nor-f16-331";
    private static final Instant VALID_FROM = Instant.parse("2011-03-20T00:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    private final Upstream upstream = new Upstream();

    @Test
    void theEngagementCheckFollowsThePlacementAndTheBaseAndARedeliveryChangesNothing() {
        String coalitionId = upstream.coalition(null, "GBR", "NOR");
        Api api = Api.staff(http, "GBR", coalitionId, null);
        String operationId = ready(api, coalitionId, null);
        api.establish(operationId);
        api.authorised(operationId, "19A", null);
        String base = "souda-" + operationId.substring(3, 11);

        assertThat(reasonCodes(api.check(operationId, FORCE, "19A", base)))
                .containsExactly("FORCE_NOT_UNDER_COALITION_AUTHORITY", "BASE_UNKNOWN");

        upstream.placeForce(operationId, coalitionId, FORCE, "NOR", "OPCON", null);
        EventEnvelope inForce = upstream.basing(base, new BasingAgreementAdvanced(base, coalitionId, "GRC",
                "Souda Bay", "IN_FORCE", List.of("STRIKE", "ISR"), null, VALID_FROM, "IN_FORCE"));
        await("force and base known", () -> api.get("/bases/" + base).getStatusCode().is2xxSuccessful()
                && !list(api.ok(api.get("/operations/" + operationId)), "forces").isEmpty());
        assertThat(api.ok(api.get("/bases/" + base)).get("validFrom")).as("kept from the contract")
                .isEqualTo(VALID_FROM.toString());
        Map<String, Object> permitted = api.check(operationId, FORCE, "19A", base);
        assertThat(permitted).containsEntry("permitted", true).containsEntry("nation", "NOR");
        assertThat(reasonCodes(permitted)).isEmpty();

        upstream.basing(base, new BasingAgreementRestricted(base, coalitionId, "GRC", "Souda Bay", "IN_FORCE",
                List.of("ISR"), null, null, List.of("STRIKE"), "no strikes from Greek soil"));
        await("restricted", () -> reasonCodes(api.check(operationId, FORCE, "19A", base))
                .equals(List.of("BASE_DOES_NOT_PERMIT_ACTIVITY")));
        assertThat(api.check(operationId, FORCE, "18A", base)).as("ISR is still permitted there, but 18A is not "
                + "authorised").extracting(a -> reasonCodes(a)).isEqualTo(List.of("MEASURE_NOT_AUTHORISED"));

        EventEnvelope revoked = upstream.basing(base, new BasingAgreementRevoked(base, coalitionId, "GRC",
                "Souda Bay", "REVOKED", List.of(), null, null, "host withdrew consent"));
        await("revoked", () -> reasonCodes(api.check(operationId, FORCE, "19A", base))
                .equals(List.of("BASE_NOT_IN_FORCE", "BASE_DOES_NOT_PERMIT_ACTIVITY")));

        // at-least-once delivery: both come again; applying the old one would put the base back in force
        double duplicates = duplicates(Topics.BASING_LOGISTICS_V1);
        upstream.redeliver(Topics.BASING_LOGISTICS_V1, inForce);
        upstream.redeliver(Topics.BASING_LOGISTICS_V1, revoked);
        upstream.basing(base, new BasingAgreementClosed(base, coalitionId, "GRC", "Souda Bay", "CLOSED", List.of(),
                null, null, "REVOKED"));
        await("closed", () -> "CLOSED".equals(api.ok(api.get("/bases/" + base)).get("status")));
        assertThat(duplicates(Topics.BASING_LOGISTICS_V1) - duplicates).isEqualTo(2.0);
        assertThat(api.ok(api.get("/bases/" + base))).containsEntry("lastEvent", "BasingAgreementClosed");

        upstream.commandStructure(operationId, new ForceReturnedToNationalCommand(operationId, coalitionId, FORCE,
                "NOR", "MEMBER_SUSPENDED"), null);
        await("returned", () -> reasonCodes(api.check(operationId, FORCE, "19A", null))
                .equals(List.of("FORCE_RETURNED_TO_NATIONAL_COMMAND")));
    }

    @Test
    void aWithdrawalArchivesTheNationsCaveatsAndClosesItsOpenRequestsInTheCoalitionsExercise() {
        String exercise = "exercise-" + System.nanoTime();
        String coalitionId = upstream.coalition(exercise, "GBR", "NOR", "DEU");
        Api api = Api.staff(http, "GBR", coalitionId, exercise);
        Api norwegianCommander = api.commander("k.hansen", "NOR");
        Api norway = api.planner("i.berg", "NOR");
        String operationId = ready(api, coalitionId, exercise);
        api.establish(operationId);
        String awaiting = norwegianCommander.request(operationId, "13A", null, "NOR");
        String authorised = api.authorise(operationId, norwegianCommander.request(operationId, "14A", null, "NOR"));
        String german = api.commander("h.weber", "DEU").request(operationId, "12A", null, "DEU");
        norway.ok(norway.post("/coalitions/" + coalitionId + "/caveats/NOR", Map.of("category", "DETENTION",
                "series", List.of("DETENTION"))));
        upstream.placeForce(operationId, coalitionId, FORCE, "NOR", "OPCON", exercise);
        await("force placed", () -> !list(api.ok(api.get("/operations/" + operationId)), "forces").isEmpty());
        assertThat(reasonCodes(api.check(operationId, FORCE, "15A", null)))
                .containsExactly("MEASURE_NOT_AUTHORISED", "CAVEAT_FORBIDS_SERIES");

        EventEnvelope withdrawn = upstream.membership(coalitionId, new MemberWithdrawn(coalitionId, "NOR"), exercise);
        String caveats = "/coalitions/" + coalitionId + "/caveats/NOR";
        await("caveats archived", () -> list(api.ok(api.get(caveats)), "caveats").get(0).get("status")
                .equals("ARCHIVED"));

        assertThat(list(api.ok(api.get(caveats)), "caveats").get(0)).containsEntry("endedReason", "MEMBER_WITHDRAWN");
        Map<String, String> statuses = statuses(api, operationId);
        assertThat(statuses).containsEntry(awaiting, "CLOSED").containsEntry(authorised, "AUTHORISED")
                .containsEntry(german, "REQUESTED");
        Map<String, Object> closing = list(api.ok(api.get(profile(operationId) + "/history")), "items").get(5);
        assertThat(closing).containsEntry("type", "MeasureRequestClosed")
                .containsEntry("causationId", withdrawn.id()).containsEntry("actor", "service:rules-of-engagement")
                .containsEntry("exerciseId", exercise);
        assertThat(map(closing.get("payload"))).containsEntry("cause", "MEMBER_WITHDRAWN");
        assertThat(reasonCodes(api.check(operationId, FORCE, "14A", null))).containsExactly("NATION_NOT_ACTIVE_MEMBER");

        // redelivered, then a later event of the same coalition: the withdrawal is not applied twice
        String profileVersion = api.get(profile(operationId)).getHeaders().getETag();
        String caveatVersion = api.get(caveats).getHeaders().getETag();
        upstream.redeliver(Topics.MEMBERSHIP_V1, withdrawn);
        EventEnvelope later = upstream.membership(coalitionId, new MilestoneDefined(coalitionId, "m-1", "hand-over",
                List.of("local forces lead"), LocalDate.of(2012, 1, 1)), exercise);
        await("later event applied", () -> watermark(later.source(), coalitionId) == later.sequence());
        assertThat(api.get(profile(operationId)).getHeaders().getETag()).isEqualTo(profileVersion);
        assertThat(api.get(caveats).getHeaders().getETag()).isEqualTo(caveatVersion);
        assertThat(norway.post(caveats, Map.of("category", "ACTIVITY", "activities", List.of("STRIKE")))
                .getBody()).containsEntry("rule", "only-active-members-declare-caveats");
    }

    @Test
    void aMandateExpansionPutsEveryOpenProfileUnderReviewUntilReauthorised() {
        String coalitionId = upstream.coalition(null, "GBR", "NOR");
        Api api = Api.staff(http, "GBR", coalitionId, null);
        String operationId = ready(api, coalitionId, null);
        api.establish(operationId);
        api.authorised(operationId, "13A", null);
        upstream.placeForce(operationId, coalitionId, FORCE, "NOR", "TACON", null);
        await("permitted", () -> Boolean.TRUE.equals(api.check(operationId, FORCE, "13A", null).get("permitted")));

        Mandate mandate = new Mandate(List.of("protect civilians", "enforce the arms embargo"), "Libya", null);
        upstream.membership(coalitionId, new MandateAmended(coalitionId, "a-contraction", "CONTRACTION", mandate,
                null), null);
        upstream.membership(coalitionId, new MandateAmended(coalitionId, "a-expansion", "EXPANSION", mandate, null),
                null);
        await("under review", () -> Boolean.TRUE.equals(api.ok(api.get(profile(operationId))).get("underReview")));
        assertThat(api.ok(api.get(profile(operationId)))).containsEntry("amendmentsUnderReview",
                List.of("a-expansion"));
        Map<String, Object> answer = api.check(operationId, FORCE, "13A", null);
        assertThat(answer).containsEntry("permitted", false);
        assertThat(reasonCodes(answer)).containsExactly("PROFILE_UNDER_REVIEW");

        api.invalid(api.post(profile(operationId) + "/reauthorisation", Map.of()), "decision.authority");
        api.ok(api.post(profile(operationId) + "/reauthorisation", Map.of("decision",
                Api.decision("profile fits the wider mandate", "NAC decision 14 April"))));
        assertThat(api.check(operationId, FORCE, "13A", null)).containsEntry("permitted", true);
        assertThat(api.post(profile(operationId) + "/reauthorisation", Map.of("decision",
                Api.decision("again", "NAC"))).getBody()).containsEntry("rule", "only-flagged-profiles-are-reauthorised");
    }

    @Test
    void aLapsedMandatePutsEveryOpenProfileUnderReviewCausedByTheLapse() {
        String coalitionId = upstream.coalition(null, "GBR", "NOR");
        Api api = Api.staff(http, "GBR", coalitionId, null);
        String operationId = ready(api, coalitionId, null);
        api.establish(operationId);

        EventEnvelope lapse = upstream.membership(coalitionId, new MandateExpired(coalitionId,
                java.time.LocalDate.of(2011, 9, 27)), null);
        Upstream.writer().send(Topics.MEMBERSHIP_V1, lapse); // redelivered: the same lapse, one review

        await("under review", () -> Boolean.TRUE.equals(api.ok(api.get(profile(operationId))).get("underReview")));
        assertThat(api.ok(api.get(profile(operationId)))).containsEntry("amendmentsUnderReview", List.of(lapse.id()));
        Map<String, Object> flagged = list(api.ok(api.get(profile(operationId) + "/history?size=50")), "items")
                .stream().filter(entry -> "RoeProfileFlaggedForReview".equals(entry.get("type")))
                .findFirst().orElseThrow();
        assertThat(flagged).containsEntry("causationId", lapse.id()).containsEntry("actor", "service:rules-of-engagement");
    }

    @Test
    void theOperationsEndAndTheCoalitionsDissolutionCloseProfilesAndCaveatRecords() {
        String coalitionId = upstream.coalition(null, "GBR", "NOR");
        Api api = Api.staff(http, "GBR", coalitionId, null);
        Api norway = api.planner("k.hansen", "NOR");
        String first = ready(api, coalitionId, null);
        String second = upstream.operation(coalitionId, null);
        await("second operation", () -> api.get("/operations/" + second).getStatusCode().is2xxSuccessful());
        api.establish(first);
        api.establish(second);
        api.authorised(first, "13A", null);
        norway.ok(norway.post("/coalitions/" + coalitionId + "/caveats/NOR", Map.of("category", "GEOGRAPHIC",
                "areas", List.of("Tripolitania"))));

        upstream.commandStructure(first, new OperationClosed(first, coalitionId, "CONCLUDED"), null);
        await("first closed", () -> "CLOSED".equals(api.ok(api.get(profile(first))).get("status")));
        assertThat(api.ok(api.get(profile(first)))).containsEntry("closedCause", "OPERATION_CLOSED");
        assertThat(reasonCodes(api.check(first, FORCE, "13A", null))).contains("OPERATION_CLOSED", "PROFILE_CLOSED");
        assertThat(api.ok(api.get(profile(second)))).containsEntry("status", "OPEN");

        upstream.membership(coalitionId, new CoalitionDissolved(coalitionId), null);
        String caveats = "/coalitions/" + coalitionId + "/caveats/NOR";
        await("dissolved", () -> "CLOSED".equals(api.ok(api.get(profile(second))).get("status"))
                && Boolean.TRUE.equals(api.ok(api.get(caveats)).get("closed")));
        assertThat(api.ok(api.get(profile(second)))).containsEntry("closedCause", "COALITION_DISSOLVED");
        assertThat(list(api.ok(api.get(caveats)), "caveats").get(0)).containsEntry("status", "ARCHIVED")
                .containsEntry("endedReason", "COALITION_DISSOLVED");
        assertThat(api.ok(api.get(profile(first) + "/history"))).as("the first stays closed once")
                .containsEntry("totalItems", 4);
        var refused = api.post(profile(second) + "/measures", Map.of("measureCode", "13A", "nation", "GBR"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("rule", "closed-profiles-are-closed");
    }

    @Test
    void anEventMissingAFieldTheContractRequiresIsDeadLetteredAndTheEngagementCheckFailsClosed() {
        String coalitionId = upstream.coalition(null, "GBR", "NOR");
        Api api = Api.staff(http, "GBR", coalitionId, null);
        String operationId = ready(api, coalitionId, null);
        api.establish(operationId);
        api.authorised(operationId, "13A", null);
        upstream.placeForce(operationId, coalitionId, FORCE, "NOR", "TACON", null);
        await("permitted", () -> Boolean.TRUE.equals(api.check(operationId, FORCE, "13A", null).get("permitted")));

        // a recall the contract cannot carry without its force: were it lost silently, the force would stay placed
        EventEnvelope broken = upstream.commandStructure(operationId, new ForceRecalled(operationId, coalitionId,
                null, "NOR", "national decision"), null);
        var records = org.entente.testing.TopicReader.rawRecords(bootstrapServers(),
                Topics.deadLetter("rules-of-engagement"), operationId, 1, java.time.Duration.ofSeconds(60));
        assertThat(records).hasSize(1);
        assertThat(new String(records.get(0).headers().lastHeader("entente_dead_letter_reason").value(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("lacks forceId");
        await("check fails closed", () -> reasonCodes(api.check(operationId, FORCE, "13A", null))
                .equals(List.of("UPSTREAM_EVENT_UNPROCESSED")));
        Map<String, Object> reason = list(api.check(operationId, FORCE, "13A", null), "reasons").get(0);
        assertThat(reason).containsEntry("reference", broken.id());
        assertThat((String) reason.get("text")).contains("ForceRecalled", "lacks forceId");
        assertThat(list(api.ok(api.get("/operations/" + operationId)), "forces")).singleElement()
                .satisfies(force -> assertThat(force).containsEntry("standing", "UNDER_COALITION_AUTHORITY"));
    }

    /** An operation of the coalition known here, and the coalition known to the roster. */
    private String ready(Api api, String coalitionId, String exercise) {
        String operationId = upstream.operation(coalitionId, exercise);
        await("operation and coalition known", () -> api.get("/operations/" + operationId).getStatusCode()
                .is2xxSuccessful() && api.get("/coalitions/" + coalitionId + "/caveats").getStatusCode()
                .is2xxSuccessful());
        return operationId;
    }

    private static Map<String, String> statuses(Api api, String operationId) {
        Map<String, String> statuses = new java.util.HashMap<>();
        list(api.ok(api.get(profile(operationId))), "measures")
                .forEach(m -> statuses.put((String) m.get("requestId"), (String) m.get("status")));
        return statuses;
    }

    private long watermark(String source, String subject) {
        List<Long> rows = jdbc.queryForList("SELECT last_sequence FROM inbox_watermark WHERE source = ? AND subject = ?",
                Long.class, source, subject);
        return rows.isEmpty() ? -1 : rows.get(0);
    }

    private double duplicates(String topic) {
        Counter counter = meters.find("entente.inbox.events").tag("topic", topic).tag("outcome", "duplicate")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
