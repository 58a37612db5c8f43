package org.entente.commandstructure.it;

import org.entente.testing.BadTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-structure service lets in only a token its issuer signed, for its audience, still valid, with the claims a decision
 * needs: every bad token is 401 problem+json with the bearer challenge, on reads and on writes.
 */
class TokenRejectionIT extends CommandStructureIntegrationTest {

    @Test
    void everyBadTokenIsRefusedOnReadsAndWrites() {
        int sent = BadTokens.assertAllRefused(http, HttpMethod.GET, "/operations", null)
                + BadTokens.assertAllRefused(http, HttpMethod.POST, "/operations", Map.of());
        assertThat(sent).isEqualTo(2 * BadTokens.all().size());
    }
}
