package org.entente.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ActorClaimsTest {

    private final ActorClaims claims = new ActorClaims(new SecurityProperties.Claims("sub", "nation", "roles",
            "coalitions", "clearances"));

    private static Jwt jwt(Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(Map.of("sub", "a.dupont", "nation", "FRA",
                "roles", List.of("planner", "offline_access", "coalition-authority")));
        all.putAll(values);
        all.values().removeIf(java.util.Objects::isNull);
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), all);
    }

    @Test
    void readsTheActorKeepingOnlyTheRolesEntenteKnows() {
        ActorClaims.Result result = claims.read(jwt(Map.of("coalitions", List.of("c-1"),
                "clearances", List.of("coalition-wide-audit"))));
        assertThat(result.refusal()).isNull();
        assertThat(result.actor().id()).isEqualTo("a.dupont");
        assertThat(result.actor().nation()).isEqualTo("FRA");
        assertThat(result.actor().roles()).containsExactly("planner", "coalition-authority");
        assertThat(result.actor().coalitions()).containsExactly("c-1");
        assertThat(result.actor().clearances()).containsExactly("coalition-wide-audit");
    }

    @Test
    void refusesATokenWithoutWhatADecisionNeeds() {
        Map<String, Object> noNation = new HashMap<>();
        noNation.put("nation", null);
        assertThat(claims.read(jwt(noNation)).refusal()).contains("'nation'");
        assertThat(claims.read(jwt(Map.of("nation", "Narnia"))).refusal()).contains("'nation'");
        assertThat(claims.read(jwt(Map.of("roles", "planner"))).refusal()).contains("'roles'");
        assertThat(claims.read(jwt(Map.of("sub", "service:membership"))).refusal()).contains("'sub'");
        assertThat(claims.read(jwt(Map.of("coalitions", List.of("c 1; drop")))).refusal()).contains("'coalitions'");
        assertThat(claims.read(jwt(Map.of("clearances", "all"))).refusal()).contains("'clearances'");
    }
}
