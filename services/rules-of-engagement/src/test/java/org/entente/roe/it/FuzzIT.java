package org.entente.roe.it;

import org.entente.infra.issuer.TokenRequest;
import org.entente.testing.TestTokens;
import org.entente.testing.WriteFuzzer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint of the rules-of-engagement service, fuzzed with malformed, oversized and hostile input by a caller every
 * role allows: always a 4xx problem+json, never a 5xx, and nothing recorded by that caller.
 */
class FuzzIT extends RoeIntegrationTest {

    private static final String FUZZER = "fuzz.everyone";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostileInputIsRefusedWithAProblemAndChangesNothing() {
        String everyRole = TestTokens.token(new TokenRequest(FUZZER, "GBR", List.of("planner", "coalition-authority",
                "founder", "commander", "red-card-holder", "auditor", "observer"), List.of("fuzz-coalition"),
                List.of("coalition-wide-audit"), null));

        WriteFuzzer fuzzer = new WriteFuzzer(http, everyRole, WriteFuzzer.eventsRecordedBy(jdbc, FUZZER))
                .fuzzAll(Map.of("operationId", "fuzz-operation", "requestId", "fuzz-request", "coalitionId", "fuzz-coalition", "nation", "GBR", "caveatId", "fuzz-caveat"));

        System.out.println(fuzzer.report("rules-of-engagement"));
        assertThat(fuzzer.endpoints()).isEqualTo(8);
    }
}
