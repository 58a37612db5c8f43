package org.entente.testing;

import org.entente.infra.issuer.SigningKey;
import org.entente.infra.issuer.TokenIssuer;
import org.entente.infra.issuer.TokenRequest;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.Arrays;
import java.util.Map;

/**
 * The token issuer integration tests trust: the same component as the local stack's, one per test JVM on a free
 * port with a key that lives only in memory. Services under test verify its tokens exactly as in production (JWKS
 * fetched over HTTP, issuer, audience, validity, claims).
 */
public final class TestTokens {

    private static TokenIssuer issuer;

    private TestTokens() {
    }

    public static synchronized TokenIssuer issuer() {
        if (issuer == null) {
            issuer = TokenIssuer.start(SigningKey.generate(), 0);
            TokenIssuer started = issuer;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-token-issuer"));
        }
        return issuer;
    }

    /** Makes the application context under test trust this JVM's issuer. */
    public static void trust(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> issuer().jwksUri());
    }

    /** The environment that makes a service process trust this JVM's issuer. */
    public static Map<String, String> environment() {
        return Map.of("ENTENTE_OIDC_ISSUER", issuer().issuer());
    }

    /** A token for {@code actor} of {@code nation} with comma-separated {@code roles}. */
    public static String token(String actor, String nation, String roles) {
        String[] names = roles == null || roles.isBlank() ? new String[0]
                : Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toArray(String[]::new);
        return token(TokenRequest.of(actor, nation, names));
    }

    public static String token(TokenRequest request) {
        return issuer().token(request);
    }
}
