package org.entente.commandstructure.it;

import org.entente.testing.WriteFuzzer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint of the command-structure service, fuzzed with malformed, oversized and hostile input by a caller every
 * role allows: always a 4xx problem+json, never a 5xx, and nothing recorded by that caller.
 */
class FuzzIT extends CommandStructureIntegrationTest {

    private static final String FUZZER = "fuzz.everyone";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostileInputIsRefusedWithAProblemAndChangesNothing() {
        WriteFuzzer fuzzer = WriteFuzzer.asEveryRole(http, jdbc, FUZZER, "fuzz-coalition")
                .fuzzAll(Map.of("operationId", "fuzz-operation", "forceId", "fuzz-force", "taskingId", "fuzz-tasking"));

        System.out.println(fuzzer.report("command-structure"));
        assertThat(fuzzer.endpoints()).isEqualTo(11);
    }
}
