package org.entente.infra.issuer;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenIssuerTest {

    @TempDir
    Path dataDir;

    @Test
    void theKeyIsCreatedOnceReadableByItsOwnerOnlyAndKeptAcrossStarts() throws Exception {
        SigningKey first = SigningKey.loadOrCreate(dataDir);
        SigningKey second = SigningKey.loadOrCreate(dataDir);

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(SigningKey.KEY_FILE))))
                .isEqualTo("rw-------");
        assertThat(first.publicJwks()).doesNotContain("\"d\"").doesNotContain("\"p\"");
    }

    @Test
    void servesDiscoveryAndTheKeySetTheTokenCommandSignsFor() throws Exception {
        SigningKey key = SigningKey.loadOrCreate(dataDir);
        try (TokenIssuer issuer = TokenIssuer.start(key, 0)) {
            Files.writeString(dataDir.resolve(TokenIssuer.ISSUER_FILE), issuer.issuer());
            HttpClient http = HttpClient.newHttpClient();
            String discovery = http.send(HttpRequest.newBuilder(URI.create(issuer.issuer()
                    + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString()).body();
            String jwks = http.send(HttpRequest.newBuilder(URI.create(issuer.jwksUri())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            String token = TokenCommand.run(new String[]{"--actor", "a.dupont", "--nation", "FRA",
                    "--roles", "planner,observer", "--coalitions", "c-1", "--valid-for", "30m",
                    "--data-dir", dataDir.toString()});

            assertThat(discovery).contains("\"issuer\":\"" + issuer.issuer() + "\"").contains(issuer.jwksUri());
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey publicKey = (RSAKey) JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(jwt.verify(new RSASSAVerifier(publicKey))).isTrue();
            assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer.issuer());
            assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("a.dupont");
            assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("entente");
            assertThat(jwt.getJWTClaimsSet().getStringClaim("nation")).isEqualTo("FRA");
            assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("planner", "observer");
            assertThat(jwt.getJWTClaimsSet().getStringListClaim("coalitions")).containsExactly("c-1");
            assertThat(Duration.between(jwt.getJWTClaimsSet().getIssueTime().toInstant(),
                    jwt.getJWTClaimsSet().getExpirationTime().toInstant())).isEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    void theTokenCommandRefusesWithoutAKeyOrRequiredOptions() {
        assertThatThrownBy(() -> TokenCommand.run(new String[]{"--actor", "x", "--nation", "FRA",
                "--data-dir", dataDir.toString()})).hasMessageContaining("start the local stack");
        assertThatThrownBy(() -> TokenCommand.run(new String[]{"--actor", "x", "--data-dir", dataDir.toString()}))
                .hasMessageContaining("--nation");
        assertThatThrownBy(() -> TokenCommand.duration("forever")).hasMessageContaining("--valid-for");
    }
}
