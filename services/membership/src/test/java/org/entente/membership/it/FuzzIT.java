package org.entente.membership.it;

import org.entente.testing.WriteFuzzer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.membership.it.Api.pledge;

/**
 * Every write endpoint of the membership service, fuzzed with malformed, oversized and hostile input by a caller
 * every role allows: always a 4xx problem+json, never a 5xx, and not one event stored.
 */
class FuzzIT extends MembershipIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostileInputIsRefusedWithAProblemAndChangesNothing() {
        Api lead = new Api(http, "fuzz.setup", "GBR");
        String coalitionId = lead.formCoalition("Operation Fuzz", "GBR", "GBR", "FRA");
        String base = "/coalitions/" + coalitionId;
        String pledgeId = (String) lead.ok(lead.post(base + "/pledges",
                pledge("GBR", "FORCES", 100, "personnel", "2030-01-01"))).get("pledgeId");
        String deliveryId = (String) lead.ok(lead.post(base + "/pledges/" + pledgeId + "/deliveries",
                Map.of("amount", Map.of("value", 10, "unit", "personnel")))).get("deliveryId");
        String milestoneId = (String) lead.ok(lead.post(base + "/milestones", Map.of("name", "Transition",
                "criteria", List.of("local forces lead"), "targetDate", "2030-07-01"))).get("milestoneId");
        WriteFuzzer fuzzer = WriteFuzzer.asEveryRole(http, jdbc, "fuzz.everyone", coalitionId)
                .fuzzAll(Map.of("coalitionId", coalitionId, "nation", "GBR", "pledgeId", pledgeId,
                        "deliveryId", deliveryId, "milestoneId", milestoneId));

        System.out.println(fuzzer.report("membership"));
        assertThat(fuzzer.endpoints()).isEqualTo(22);
    }
}
