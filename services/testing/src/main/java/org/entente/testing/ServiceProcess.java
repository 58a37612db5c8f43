package org.entente.testing;

import org.entente.testing.TestInfrastructure;
import org.entente.testing.TopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A service as the local stack runs it: its packaged jar in its own JVM, so that a test can run several services
 * side by side, or kill one the hard way (SIGKILL, no shutdown hook) and start it again on the same store.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, Path jar, Map<String, String> environment, int port, Path log) {
        this.name = name;
        this.jar = jar;
        this.environment = environment;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the service {@code name} (its spring.application.name) from {@code jar} on a free port, given to it in
     * the environment variable {@code portVariable}, publishing to {@code bootstrap}, keeping its data under
     * {@code work} — an H2 file there, or with {@code -Dentente.it.db=postgres} the schema {@code schema}.
     */
    public static ServiceProcess start(String name, Path jar, String portVariable, String bootstrap, Path work,
                                       String schema) {
        return start(name, jar, portVariable, bootstrap, work, schema, Map.of());
    }

    /** The same, with {@code settings} added to the service's environment. */
    public static ServiceProcess start(String name, Path jar, String portVariable, String bootstrap, Path work,
                                       String schema, Map<String, String> settings) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after the package phase");
        }
        int port = freePort();
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                portVariable, String.valueOf(port),
                "ENTENTE_KAFKA_BOOTSTRAP", bootstrap,
                "ENTENTE_DATA_DIR", work.toAbsolutePath().toString()));
        environment.putAll(TestTokens.environment());
        environment.putAll(settings);
        if (TestInfrastructure.onPostgres()) {
            environment.put("ENTENTE_DB_URL", TestInfrastructure.POSTGRES_URL);
            environment.put("ENTENTE_DB_USER", "postgres");
            environment.put("ENTENTE_DB_SCHEMA", schema);
        }
        ServiceProcess service = new ServiceProcess(name, jar, environment, port,
                work.toAbsolutePath().resolve(name + ".log"));
        service.launch();
        return service;
    }

    /** A fresh work directory and database schema name for one test run. */
    public static String runId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public void restart() {
        launch();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void launch() {
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Daxoniq.update-checker.disabled=true", "-jar", jar.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        awaitReady();
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> readiness = client.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (readiness.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " was not ready within 120 s; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
