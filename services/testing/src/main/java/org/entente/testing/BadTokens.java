package org.entente.testing;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.entente.infra.issuer.SigningKey;
import org.entente.infra.issuer.TokenIssuer;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
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
 * Every way a bearer token can be wrong — none, not a JWT, expired, not yet valid, signed by another key, another
 * issuer, another audience, a missing or malformed actor, nation or roles claim, a service's name as subject, unsigned
 * ({@code alg: none}), HMAC-signed with the issuer's public key — and the check that a service refuses each with 401
 * problem+json and the bearer challenge.
 */
public final class BadTokens {

    private BadTokens() {
    }

    /** The bad tokens by what is wrong with them (null: no Authorization header at all). */
    public static Map<String, String> all() {
        TokenIssuer issuer = TestTokens.issuer();
        Instant now = Instant.now();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("no token", null);
        refused.put("not a JWT", "not-a-token");
        refused.put("expired", signed(now, c -> c.expirationTime(Date.from(now.minus(Duration.ofMinutes(5))))));
        refused.put("not yet valid", signed(now, c -> c.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(5))))));
        refused.put("wrong signature", SigningKey.generate().sign(claims(issuer, now).build()));
        refused.put("wrong issuer", signed(now, c -> c.issuer("http://issuer.example")));
        refused.put("wrong audience", signed(now, c -> c.audience("another-system")));
        refused.put("no nation", signed(now, c -> c.claim("nation", null)));
        refused.put("unknown nation", signed(now, c -> c.claim("nation", "Narnia")));
        refused.put("no roles", signed(now, c -> c.claim("roles", null)));
        refused.put("roles not a list", signed(now, c -> c.claim("roles", "planner")));
        refused.put("no subject", signed(now, c -> c.subject(null)));
        refused.put("a service's name as subject", signed(now, c -> c.subject("service:membership")));
        refused.put("unsigned (alg none)", new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(),
                claims(issuer, now).build()).serialize());
        refused.put("HS256 with the public key as secret", hs256Forgery(issuer, now));
        return refused;
    }

    /**
     * Sends {@code method path} (with {@code body}) with every bad token and asserts each is refused with 401
     * problem+json, the {@code WWW-Authenticate: Bearer} challenge, and without the token echoed.
     *
     * @return the number of requests sent
     */
    public static int assertAllRefused(TestRestTemplate http, HttpMethod method, String path, Object body) {
        int sent = 0;
        for (Map.Entry<String, String> attempt : all().entrySet()) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            if (attempt.getValue() != null) {
                headers.setBearerAuth(attempt.getValue());
            }
            ResponseEntity<String> reply = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
            sent++;
            String what = method + " " + path + " with " + attempt.getKey();
            assertThat(reply.getStatusCode().value()).as(what).isEqualTo(401);
            assertThat(reply.getHeaders().getContentType()).as(what).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(reply.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(what).startsWith("Bearer");
            assertThat(reply.getBody()).as(what).contains("\"type\":\"https://entente.dev/problems/unauthenticated\"");
            if (attempt.getValue() != null) {
                assertThat(reply.getBody()).as("%s: the token is never echoed", what).doesNotContain(attempt.getValue());
            }
        }
        return sent;
    }

    /** Claims a well-behaved issuer would sign: valid for an hour, every claim Entente needs. */
    public static JWTClaimsSet.Builder claims(TokenIssuer issuer, Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .subject("m.mallory")
                .audience(SigningKey.AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString())
                .claim("nation", "GBR")
                .claim("roles", List.of("planner", "coalition-authority", "commander", "founder"));
    }

    /** Well-formed claims with one change, signed by the test issuer's own key. */
    public static String signed(Instant now, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = claims(TestTokens.issuer(), now);
        change.accept(claims);
        return TestTokens.issuer().key().sign(claims.build());
    }

    /** The classic algorithm-confusion forgery: HMAC-signed with the issuer's public key as the shared secret. */
    private static String hs256Forgery(TokenIssuer issuer, Instant now) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();
            String signingInput = header.toBase64URL() + "." + Base64URL.encode(claims(issuer, now).build().toString());
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(issuer.key().publicJwks().getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return signingInput + "." + Base64URL.encode(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
