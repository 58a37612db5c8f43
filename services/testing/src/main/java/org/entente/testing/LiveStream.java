package org.entente.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A client of a service's {@code /stream} (server-sent events), for tests: collects the events it receives. */
public final class LiveStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final CountDownLatch opened = new CountDownLatch(1);
    /** Held for the stream's life: a client no longer referenced may be collected with its connection. */
    private final HttpClient client = HttpClient.newHttpClient();

    private LiveStream(int port, String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .GET().build();
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(reply -> {
            opened.countDown();
            String type = null;
            for (String line : (Iterable<String>) reply.body()::iterator) {
                if (line.startsWith("event:")) {
                    type = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    events.add(parse(type, line.substring("data:".length()).trim()));
                } else if (line.isEmpty()) {
                    type = null;
                }
            }
        });
    }

    /** Opens the stream and waits until the service has answered (its first comment). */
    public static LiveStream open(int port, String path, String token) throws InterruptedException {
        LiveStream stream = new LiveStream(port, path, token);
        if (!stream.opened.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the stream " + path + " did not open within 10 s");
        }
        // The subscription is registered before the first comment is written, so events from now on arrive.
        return stream;
    }

    /** The status the service answered the stream request with. */
    public int status() {
        return response.join().statusCode();
    }

    /** Waits up to 10 s for {@code count} events of {@code type}; returns those received (maybe fewer). */
    public List<Map<String, Object>> awaitEvents(int count, String type) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (ofType(type).size() >= count) {
                break;
            }
            Thread.sleep(50);
        }
        // A little longer, so that an event that should not come has had its chance to.
        Thread.sleep(300);
        return ofType(type);
    }

    public List<Map<String, Object>> all() {
        return new ArrayList<>(events);
    }

    private List<Map<String, Object>> ofType(String type) {
        return events.stream().filter(e -> type.equals(e.get("type"))).toList();
    }

    private static Map<String, Object> parse(String type, String data) {
        try {
            Map<String, Object> envelope = JSON.readValue(data, new TypeReference<Map<String, Object>>() {
            });
            if (type != null && !envelope.containsKey("type")) {
                envelope.put("type", type);
            }
            return envelope;
        } catch (IOException e) {
            return Map.of("type", String.valueOf(type), "raw", data);
        }
    }

    @Override
    public void close() {
        response.cancel(true);
        response.thenAccept(reply -> reply.body().close());
    }
}
