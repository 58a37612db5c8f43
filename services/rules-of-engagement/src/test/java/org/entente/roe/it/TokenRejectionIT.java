package org.entente.roe.it;

import org.entente.testing.BadTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules-of-engagement service lets in only a token its issuer signed, for its audience, still valid, with the claims a decision
 * needs: every bad token is 401 problem+json with the bearer challenge, on reads and on writes.
 */
class TokenRejectionIT extends RoeIntegrationTest {

    @Test
    void everyBadTokenIsRefusedOnReadsAndWrites() {
        int sent = BadTokens.assertAllRefused(http, HttpMethod.GET, "/compendium", null)
                + BadTokens.assertAllRefused(http, HttpMethod.POST, "/operations/op-1/roe-profile", Map.of());
        assertThat(sent).isEqualTo(2 * BadTokens.all().size());
    }
}
