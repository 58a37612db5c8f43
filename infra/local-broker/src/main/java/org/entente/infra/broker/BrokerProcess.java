package org.entente.infra.broker;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker in its own JVM, for tests and benchmarks that need to stop and restart it (a broker outage).
 * It runs {@link LocalBroker} with this JVM's classpath, on free ports chosen once, so a restart comes back at the
 * same address with the same data. {@link #startWithSasl} runs it as the local stack and docker-compose do: SASL/SCRAM
 * and the ACLs of an access file, provisioned before this returns.
 */
public final class BrokerProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Path accessFile;
    private final Map<String, String> secrets;
    private Process process;

    private BrokerProcess(Path dataDir, int port, int controllerPort, Path accessFile, Map<String, String> secrets) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.accessFile = accessFile;
        this.secrets = secrets == null ? null : Map.copyOf(secrets);
    }

    /** Forks a broker with its data under {@code dataDir} (PLAINTEXT, no ACLs) and waits until it answers. */
    public static BrokerProcess start(Path dataDir) {
        BrokerProcess broker = new BrokerProcess(dataDir, freePort(), freePort(), null, null);
        broker.startProcess();
        return broker;
    }

    /**
     * Forks a broker with SASL/SCRAM and ACLs ({@code infra/kafka/sasl.properties}), waits until it answers and the
     * access file is applied.
     *
     * @param accessFile an access file, or null for {@code infra/kafka/access.properties}
     * @param secrets    the passwords, by environment variable ({@link KafkaAccess#ADMIN_PASSWORD},
     *                   {@link KafkaAccess#passwordVariable}); passed to the broker through its environment only
     */
    public static BrokerProcess startWithSasl(Path dataDir, Path accessFile, Map<String, String> secrets) {
        BrokerProcess broker = new BrokerProcess(dataDir, freePort(), freePort(), accessFile, secrets);
        broker.startProcess();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public boolean sasl() {
        return secrets != null;
    }

    /** Client settings of {@code user} with {@code password} on this broker: bootstrap servers, SASL/SCRAM. */
    public Map<String, Object> clientConfig(String user, String password) {
        Map<String, Object> config = new HashMap<>(KafkaAccess.clientConfig(user, password));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return config;
    }

    /** Client settings of the super user (or, without SASL, of anyone). */
    public Map<String, Object> adminConfig() {
        return sasl() ? clientConfig(KafkaAccess.ADMIN, secrets.get(KafkaAccess.ADMIN_PASSWORD))
                : new HashMap<>(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the broker the way an operator would (SIGTERM, clean shutdown) and waits for the process to end. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** Starts the broker again on the same ports and data folder. */
    public synchronized void restart() {
        stop();
        startProcess();
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void startProcess() {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlogback.configurationFile=broker-logback.xml",
                "-cp", System.getProperty("java.class.path"),
                LocalBroker.class.getName(),
                "--data-dir", dataDir.toAbsolutePath().toString(),
                "--host", "127.0.0.1",
                "--port", String.valueOf(port),
                "--controller-port", String.valueOf(controllerPort)));
        if (sasl()) {
            command.addAll(List.of("--security", "sasl"));
            if (accessFile != null) {
                command.addAll(List.of("--access", accessFile.toAbsolutePath().toString()));
            }
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (sasl()) {
                builder.environment().putAll(secrets);
            }
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not fork the Kafka broker", e);
        }
        awaitReady(log.toFile());
    }

    private void awaitReady(File log) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> config = adminConfig();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        // with SASL, ready means provisioned: LocalBroker touches this file once the access file is applied
        Path provisioned = LocalBroker.sibling(dataDir, ".provisioned");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited with " + process.exitValue()
                        + " before it was ready; see " + log);
            }
            try (Admin admin = Admin.create(config)) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                if (!sasl() || Files.exists(provisioned)) {
                    return;
                }
                sleep(250);
            } catch (Exception notYet) {
                sleep(250);
            }
        }
        throw new IllegalStateException("the Kafka broker was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
