package org.entente.infra.issuer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * The local OpenID Connect issuer: serves its discovery document and the public key set, nothing else. Tokens are
 * signed by {@link TokenCommand} from the key file, so there is no endpoint on the network that hands out tokens.
 *
 * <p>Run: {@code java -jar infra/token-issuer/target/token-issuer.jar --data-dir data/issuer --port 9000}
 */
public final class TokenIssuer implements AutoCloseable {

    /** Written beside the key at start, so the token command signs with the issuer name the services trust. */
    public static final String ISSUER_FILE = "issuer-url";

    private final SigningKey key;
    private final HttpServer server;
    private final String issuer;

    private TokenIssuer(SigningKey key, HttpServer server, String issuer) {
        this.key = key;
        this.server = server;
        this.issuer = issuer;
    }

    /** Serves {@code key} on the loopback interface at {@code port} (0: any free port). */
    public static TokenIssuer start(SigningKey key, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            String issuer = "http://localhost:" + server.getAddress().getPort();
            TokenIssuer tokenIssuer = new TokenIssuer(key, server, issuer);
            server.createContext("/.well-known/openid-configuration", tokenIssuer::discovery);
            server.createContext("/jwks.json", tokenIssuer::jwks);
            server.start();
            return tokenIssuer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public String jwksUri() {
        return issuer + "/jwks.json";
    }

    /** A token signed now by this issuer. */
    public String token(TokenRequest request) {
        return key.sign(issuer, request, Instant.now());
    }

    public SigningKey key() {
        return key;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        // The fields a resource server needs; this issuer has no authorisation or token endpoint of its own.
        respond(exchange, """
                {"issuer":"%s","jwks_uri":"%s","id_token_signing_alg_values_supported":["RS256"],\
                "subject_types_supported":["public"],"response_types_supported":["id_token"]}"""
                .formatted(issuer, jwksUri()));
    }

    private void jwks(HttpExchange exchange) throws IOException {
        respond(exchange, key.publicJwks());
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of("data", "issuer");
        int port = 9000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: token-issuer [--data-dir DIR] [--port PORT]");
                    System.exit(2);
                }
            }
        }
        SigningKey key = SigningKey.loadOrCreate(dataDir);
        TokenIssuer tokenIssuer = start(key, port);
        Files.writeString(dataDir.resolve(ISSUER_FILE), tokenIssuer.issuer(), StandardCharsets.UTF_8);
        System.out.println("token issuer " + tokenIssuer.issuer() + " serving key " + key.keyId()
                + " (discovery: " + tokenIssuer.issuer() + "/.well-known/openid-configuration)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            tokenIssuer.close();
            stopped.countDown();
        }, "stop-token-issuer"));
        stopped.await();
    }
}
