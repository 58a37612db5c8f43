package org.entente.endtoend;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.infra.issuer.TokenRequest;
import org.entente.testing.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** JSON over HTTP to one service, as a planner's tool would call it. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The roles the scenario's actors act with; their council role covers every coalition the scenario formed (in
     * the field, the council's members are named for their coalition once it is formed).
     */
    private static final List<String> ACTING_ROLES = List.of("planner", "founder", "coalition-authority", "commander");
    private static final java.util.Set<String> COUNCIL_OF = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Reads are made as a coalition-wide auditor, who sees everything the services recorded. */
    private static final String READER = TestTokens.token(TokenRequest.of("e2e.auditor", "NATO", "auditor", "observer")
            .withClearances("coalition-wide-audit"));
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Reply(int status, Map<String, Object> body) {

        Reply ok() {
            if (status >= 300) {
                throw new AssertionError("expected 2xx, got " + status + ": " + body);
            }
            return this;
        }

        String string(String field) {
            return (String) body.get(field);
        }
    }

    Reply post(String path, Object body, String actor, String nation) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + TestTokens.token(new TokenRequest(actor, nation,
                            ACTING_ROLES, List.copyOf(COUNCIL_OF), List.of(), null)))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            Reply reply = reply(client.send(request, HttpResponse.BodyHandlers.ofString()));
            if ("/coalitions".equals(path) && reply.status() < 300 && reply.body().get("coalitionId") instanceof String id) {
                COUNCIL_OF.add(id);
            }
            return reply;
        } catch (IOException e) {
            throw new AssertionError("POST " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Reply get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + READER).GET().build();
            return reply(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Reply reply(HttpResponse<String> response) throws IOException {
        String text = response.body();
        Map<String, Object> body = text == null || text.isBlank() || !text.trim().startsWith("{")
                ? Map.of("raw", text == null ? "" : text)
                : JSON.readValue(text, new TypeReference<Map<String, Object>>() {
                });
        return new Reply(response.statusCode(), body);
    }
}
