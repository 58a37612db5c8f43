package org.entente.membership.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.entente.infra.issuer.SigningKey;
import org.entente.infra.issuer.TokenIssuer;
import org.entente.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a token this service's issuer signed, for this audience, still valid, naming an actor, a known nation and
 * roles, gets past the door; everything else is 401 problem+json with the bearer challenge, and changes nothing.
 */
class TokenRejectionIT extends MembershipIntegrationTest {

    @Test
    void everyBadTokenIsRefusedWith401ProblemJsonAndChangesNothing() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Operation Door", "GBR", "GBR", "FRA");
        long before = coalitionCount(api);
        String version = api.get("/coalitions/" + coalitionId).getHeaders().getETag();
        TokenIssuer issuer = TestTokens.issuer();
        Instant now = Instant.now();

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("no token", null);
        refused.put("not a JWT", "not-a-token");
        refused.put("expired", signed(claims(issuer, now), c -> c.expirationTime(Date.from(now.minus(Duration.ofMinutes(5))))));
        refused.put("not yet valid", signed(claims(issuer, now), c -> c.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(5))))));
        refused.put("wrong signature", SigningKey.generate().sign(claims(issuer, now).build()));
        refused.put("wrong issuer", signed(claims(issuer, now), c -> c.issuer("http://issuer.example")));
        refused.put("wrong audience", signed(claims(issuer, now), c -> c.audience("another-system")));
        refused.put("no nation", signed(claims(issuer, now), c -> c.claim("nation", null)));
        refused.put("unknown nation", signed(claims(issuer, now), c -> c.claim("nation", "Narnia")));
        refused.put("no roles", signed(claims(issuer, now), c -> c.claim("roles", null)));
        refused.put("roles not a list", signed(claims(issuer, now), c -> c.claim("roles", "planner")));
        refused.put("no subject", signed(claims(issuer, now), c -> c.subject(null)));
        refused.put("a service's name as subject", signed(claims(issuer, now), c -> c.subject("service:membership")));
        refused.put("unsigned (alg none)", new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(),
                claims(issuer, now).build()).serialize());
        refused.put("HS256 with the public key as secret", hs256Forgery(issuer, now));

        for (Map.Entry<String, String> attempt : refused.entrySet()) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST)) {
                ResponseEntity<Map<String, Object>> reply = send(method, "/coalitions/" + coalitionId + "/members",
                        attempt.getValue());
                assertThat(reply.getStatusCode()).as("%s %s", attempt.getKey(), method).isEqualTo(HttpStatus.UNAUTHORIZED);
                assertThat(reply.getHeaders().getContentType()).as(attempt.getKey())
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(reply.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(attempt.getKey())
                        .startsWith("Bearer");
                assertThat(reply.getBody()).as(attempt.getKey())
                        .containsEntry("type", "https://entente.dev/problems/unauthenticated")
                        .containsEntry("status", 401)
                        .containsKey("detail");
                assertThat(String.valueOf(reply.getBody())).as("the token is never echoed")
                        .doesNotContain(attempt.getValue() == null ? "\u0000" : attempt.getValue());
            }
        }
        assertThat(send(HttpMethod.GET, "/coalitions", signed(claims(issuer, now), c -> c.claim("nation", null)))
                .getBody().get("detail").toString()).as("the reason names the claim").contains("nation");

        assertThat(coalitionCount(api)).as("nothing was written").isEqualTo(before);
        assertThat(api.get("/coalitions/" + coalitionId).getHeaders().getETag()).isEqualTo(version);
    }

    @Test
    void openEndpointsNeedNoTokenAndEverythingElseDoes() {
        for (String open : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/prometheus",
                "/v3/api-docs")) {
            assertThat(http.getForEntity(open, String.class).getStatusCode()).as(open).isEqualTo(HttpStatus.OK);
        }
        for (String closed : List.of("/coalitions", "/actuator/metrics", "/inbox", "/reference/nations")) {
            assertThat(http.getForEntity(closed, String.class).getStatusCode()).as(closed)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    private long coalitionCount(Api api) {
        return Api.items(api.ok(api.get("/coalitions?size=200"))).size();
    }

    private ResponseEntity<Map<String, Object>> send(HttpMethod method, String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        Object body = method == HttpMethod.POST
                ? Map.of("nation", "DEU", "decision", Map.of("rationale", "let in by a bad token")) : null;
        return http.exchange(path, method, new HttpEntity<>(body, headers),
                new org.springframework.core.ParameterizedTypeReference<>() {
                });
    }

    /** Claims a well-behaved issuer would sign: valid for an hour, every claim Entente needs. */
    private static JWTClaimsSet.Builder claims(TokenIssuer issuer, Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .subject("m.mallory")
                .audience(SigningKey.AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString())
                .claim("nation", "GBR")
                .claim("roles", List.of("planner", "coalition-authority"));
    }

    private static String signed(JWTClaimsSet.Builder claims, Consumer<JWTClaimsSet.Builder> change) {
        change.accept(claims);
        return TestTokens.issuer().key().sign(claims.build());
    }

    /** The classic algorithm-confusion forgery: HMAC-signed with the issuer's public key as the shared secret. */
    private static String hs256Forgery(TokenIssuer issuer, Instant now) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();
            String signingInput = header.toBase64URL() + "." + Base64URL.encode(claims(issuer, now).build().toString());
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(issuer.key().publicJwks().getBytes(), "HmacSHA256"));
            return signingInput + "." + Base64URL.encode(mac.doFinal(signingInput.getBytes()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
