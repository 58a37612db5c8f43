package org.entente.basing.it;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.basing.it.Api.decision;
import static org.entente.basing.it.Api.items;

/** What a base permitted at a past instant, and what was known of it then. */
class AsOfIT extends BasingIntegrationTest {

    @Test
    void whatABasePermittedAtAPastInstant() {
        String coalitionId = coalition(null, "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        String aviano = api.requestAgreement(coalitionId, "ITA", "Aviano Air Base", List.of("LOGISTICS", "ISR",
                "STRIKE"), decision("requested", null, "2011-03-18T00:00:00Z"));
        api.bringIntoForce(aviano, "2011-03-19T00:00:00Z", "2011-03-20T00:00:00Z", "2011-03-21T00:00:00Z");
        api.ok(api.post("/agreements/" + aviano + "/restriction", Map.of("permittedActivities", List.of("LOGISTICS"),
                "decision", decision("parliament limits the mission", "Camera dei deputati", "2011-04-01T00:00:00Z"))));
        Instant beforeSuspension = Instant.now();
        api.ok(api.post("/agreements/" + aviano + "/suspension",
                Map.of("decision", decision("review", "Consiglio dei ministri", "2011-05-01T00:00:00Z"))));

        assertThat(api.ok(api.get("/agreements/" + aviano + "?asOf=2011-03-20T12:00:00Z")))
                .containsEntry("status", "TECHNICAL_ARRANGEMENT_SIGNED").containsEntry("permitsNow", List.of());
        assertThat(api.ok(api.get("/agreements/" + aviano + "?asOf=2011-03-25T00:00:00Z")))
                .containsEntry("status", "IN_FORCE").containsEntry("permitsNow", List.of("LOGISTICS", "ISR", "STRIKE"));
        assertThat(api.ok(api.get("/agreements/" + aviano + "?asOf=2011-04-15T00:00:00Z")))
                .containsEntry("permitsNow", List.of("LOGISTICS"));
        assertThat(api.ok(api.get("/agreements/" + aviano))).containsEntry("status", "SUSPENDED")
                .containsEntry("permitsNow", List.of());
        assertThat(api.ok(api.get("/agreements/" + aviano + "?asOf=2011-06-01T00:00:00Z&knownAt=" + beforeSuspension)))
                .as("before the suspension was recorded, June looked like April")
                .containsEntry("status", "IN_FORCE").containsEntry("permitsNow", List.of("LOGISTICS"));
        assertThat(api.get("/agreements/" + aviano + "?asOf=2011-03-01T00:00:00Z").getStatusCode().value())
                .as("not yet requested").isEqualTo(404);

        assertThat(items(api.ok(api.get("/agreements?coalitionId=" + coalitionId
                + "&permits=STRIKE&asOf=2011-03-25T00:00:00Z")))).extracting(a -> a.get("agreementId"))
                .containsExactly(aviano);
        assertThat(items(api.ok(api.get("/agreements?coalitionId=" + coalitionId + "&permits=STRIKE")))).isEmpty();
    }
}
