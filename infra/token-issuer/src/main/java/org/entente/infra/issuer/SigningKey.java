package org.entente.infra.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The issuer's RSA signing key (RS256). Generated on first start and kept in a file only its owner may read; the
 * public half is what services fetch as the JWKS.
 */
public final class SigningKey {

    public static final String KEY_FILE = "signing-key.jwk.json";
    /** The audience every Entente service expects. */
    public static final String AUDIENCE = "entente";

    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    /** A new key that lives only in memory (tests). */
    public static SigningKey generate() {
        try {
            return new SigningKey(new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** The key in {@code directory}, generated and written there (owner read/write only) if there is none yet. */
    public static synchronized SigningKey loadOrCreate(Path directory) {
        Path file = directory.resolve(KEY_FILE);
        if (Files.exists(file)) {
            return load(directory);
        }
        SigningKey created = generate();
        try {
            Files.createDirectories(directory);
            // Created with its final permissions, so the private key is never readable by others, not even briefly.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, created.key.toJSONString(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return created;
        } catch (FileAlreadyExistsException raced) {
            return load(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing key to " + file, e);
        }
    }

    /** The key already in {@code directory}; fails with a clear message when there is none. */
    public static SigningKey load(Path directory) {
        Path file = directory.resolve(KEY_FILE);
        if (!Files.exists(file)) {
            throw new IllegalStateException("no signing key in " + directory
                    + ": start the local stack (infra/bin/local-stack) once, it creates the key");
        }
        try {
            return new SigningKey(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the signing key " + file + " is not a JWK", e);
        }
    }

    /** The public half, as served at the JWKS endpoint. */
    public String publicJwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** A signed token (compact JWS) for {@code request}, issued by {@code issuer} at {@code now}. */
    public String sign(String issuer, TokenRequest request, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(request.actor())
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(request.validFor())))
                .jwtID(UUID.randomUUID().toString())
                .claim("nation", request.nation())
                .claim("roles", request.roles());
        if (!request.coalitions().isEmpty()) {
            claims.claim("coalitions", request.coalitions());
        }
        if (!request.clearances().isEmpty()) {
            claims.claim("clearances", request.clearances());
        }
        return sign(claims.build());
    }

    /** Signs any claims, for tests that need a token a well-behaved issuer would never produce. */
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign", e);
        }
        return jwt.serialize();
    }
}
