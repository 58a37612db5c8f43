package org.entente.infra.broker;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Runs Apache Kafka's own broker, KRaft combined mode (broker and controller in one process), from Maven artifacts.
 * <p>
 * The configuration is {@code infra/kafka/server.properties} (packed into this jar as {@code kafka/server.properties}),
 * the same file docker-compose mounts. Only what differs per run is overridden: the data folder and, for tests that
 * run several brokers, the ports. Storage is formatted once; after that the data folder survives restarts.
 *
 * <p>
 * With {@code --security sasl} it also reads {@code infra/kafka/sasl.properties} over it (clients authenticate with
 * SASL/SCRAM, ACLs apply), formats the storage with the admin's SCRAM credential, and once the broker answers applies
 * {@code infra/kafka/access.properties} ({@link KafkaAccess}): service credentials, ACLs and topics. Passwords come from
 * the environment only ({@value KafkaAccess#ADMIN_PASSWORD}, {@code ENTENTE_KAFKA_PASSWORD_<SERVICE>}); the broker
 * resolves them itself through Kafka's EnvVarConfigProvider, so no file this writes contains one.
 *
 * <pre>
 * java -jar infra/local-broker/target/local-broker.jar [--data-dir data/kafka] [--port 9092] [--controller-port 9093]
 *                                                       [--config path/to/server.properties] [--host localhost]
 *                                                       [--security plaintext|sasl] [--access path/to/access.properties]
 * </pre>
 */
public final class LocalBroker {

    static final String PACKED_CONFIG = "kafka/server.properties";
    static final String PACKED_SASL_CONFIG = "kafka/sasl.properties";
    /** Characters an admin password may use: it travels through the storage tool's --add-scram syntax and JAAS. */
    private static final Pattern SAFE_PASSWORD = Pattern.compile("[A-Za-z0-9._~+/@%^*!?-]{12,}");

    private LocalBroker() {
    }

    public static void main(String[] args) throws Exception {
        // Before any logger exists: the broker is chatty, our own file keeps it to warnings.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "broker-logback.xml");
        }
        Options options = Options.parse(args);
        KafkaAccess access = null;
        if (options.sasl()) {
            access = options.access != null ? KafkaAccess.load(options.access) : KafkaAccess.packed();
            List<String> missing = access.missingPasswords(System::getenv);
            if (!missing.isEmpty()) {
                fail("--security sasl needs these environment variables: " + String.join(", ", missing));
            }
            if (!SAFE_PASSWORD.matcher(System.getenv(KafkaAccess.ADMIN_PASSWORD)).matches()) {
                fail(KafkaAccess.ADMIN_PASSWORD + " must be at least 12 characters of A-Z a-z 0-9 . _ ~ + / @ % ^ * ! ? -");
            }
        }
        Properties config = effectiveConfig(options);
        Files.createDirectories(options.dataDir);
        Path effective = sibling(options.dataDir, ".server.properties");
        try (OutputStream out = Files.newOutputStream(effective)) {
            config.store(out, "effective configuration written by LocalBroker; edit infra/kafka/server.properties");
        }
        formatOnce(options, effective);
        System.out.printf("LocalBroker: starting Kafka on %s:%d (controller %d, %s), data in %s%n",
                options.host, options.port, options.controllerPort,
                options.sasl() ? "SASL/SCRAM with ACLs" : "PLAINTEXT", options.dataDir.toAbsolutePath());
        if (access != null) {
            provisionInBackground(access, options);
        }
        // kafka.Kafka.main blocks until shutdown (SIGTERM runs its shutdown hook) and then exits the JVM.
        kafka.Kafka.main(new String[]{effective.toString()});
    }

    static Properties effectiveConfig(Options options) throws IOException {
        Properties config = new Properties();
        if (options.config != null) {
            try (InputStream in = Files.newInputStream(options.config)) {
                config.load(in);
            }
        } else {
            try (InputStream in = LocalBroker.class.getClassLoader().getResourceAsStream(PACKED_CONFIG)) {
                if (in == null) {
                    throw new IllegalStateException(PACKED_CONFIG + " is missing from the classpath");
                }
                config.load(in);
            }
        }
        if (options.sasl()) {
            Path beside = options.config == null ? null : options.config.resolveSibling("sasl.properties");
            try (InputStream in = beside != null ? Files.newInputStream(beside)
                    : LocalBroker.class.getClassLoader().getResourceAsStream(PACKED_SASL_CONFIG)) {
                if (in == null) {
                    throw new IllegalStateException(PACKED_SASL_CONFIG + " is missing from the classpath");
                }
                config.load(in); // read after server.properties: its settings win
            }
        }
        String host = options.host;
        // the client listener is the one the broker also uses for itself: PLAINTEXT, or SASL_PLAINTEXT with sasl
        String client = config.getProperty("inter.broker.listener.name", "PLAINTEXT");
        config.setProperty("log.dirs", options.dataDir.toAbsolutePath().toString());
        config.setProperty("listeners", client + "://" + host + ":" + options.port
                + ",CONTROLLER://" + host + ":" + options.controllerPort);
        config.setProperty("advertised.listeners", client + "://" + host + ":" + options.port);
        config.setProperty("controller.quorum.voters",
                config.getProperty("node.id", "1") + "@" + host + ":" + options.controllerPort);
        return config;
    }

    /**
     * Formats the KRaft metadata log the first time only; a formatted folder keeps its cluster id and data. With SASL
     * the admin's SCRAM credential is written into the metadata log here (the broker needs it before any client can
     * create one); the storage tool runs in this JVM, so the password is in no command line.
     */
    private static void formatOnce(Options options, Path effectiveConfig) throws IOException {
        Path dataDir = options.dataDir;
        Path securityMarker = sibling(dataDir, ".security");
        String security = options.sasl() ? "sasl" : "plaintext";
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            String formattedWith = Files.exists(securityMarker) ? Files.readString(securityMarker).trim() : "plaintext";
            if (!formattedWith.equals(security)) {
                fail(dataDir + " was formatted for " + formattedWith + ", not " + security + ": use another data folder,"
                        + " delete this one (its topics are lost), or run with --security " + formattedWith
                        + " (local stack: ENTENTE_KAFKA_SECURITY=" + formattedWith + ")");
            }
            return;
        }
        List<String> format = new ArrayList<>(List.of(
                "format", "-t", Uuid.randomUuid().toString(), "-c", effectiveConfig.toString(), "--ignore-formatted"));
        if (options.sasl()) {
            format.addAll(List.of("--add-scram", KafkaAccess.MECHANISM.mechanismName() + "=[name=" + KafkaAccess.ADMIN
                    + ",password=" + System.getenv(KafkaAccess.ADMIN_PASSWORD) + "]"));
        }
        int exit = StorageTool.execute(format.toArray(String[]::new), new PrintStream(System.out, true));
        if (exit != 0) {
            throw new IllegalStateException("formatting Kafka storage in " + dataDir + " failed with exit code " + exit);
        }
        Files.writeString(securityMarker, security + "\n");
    }

    /**
     * Applies access.properties once the broker answers (kafka.Kafka.main blocks this JVM's main thread), then touches
     * {@code <data-dir>.provisioned} so that whoever forked this broker knows the services' principals exist. If it
     * cannot, the broker stops: a broker nobody may use is of no help.
     */
    private static void provisionInBackground(KafkaAccess access, Options options) throws IOException {
        Path marker = sibling(options.dataDir, ".provisioned");
        Files.deleteIfExists(marker);
        Thread provisioning = new Thread(() -> {
            try {
                String done = access.provisionWhenReady(options.host + ":" + options.port, System::getenv,
                        Duration.ofSeconds(90));
                Files.writeString(marker, "provisioned\n");
                System.out.println("LocalBroker: provisioned " + done);
            } catch (Exception e) {
                System.out.println("LocalBroker: provisioning Kafka access failed, stopping: " + e.getMessage());
                System.exit(1);
            }
        }, "access-provisioning");
        provisioning.setDaemon(true);
        provisioning.start();
    }

    static Path sibling(Path dataDir, String suffix) {
        return dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + suffix);
    }

    private static void fail(String message) {
        System.err.println("LocalBroker: " + message);
        System.exit(2);
    }

    record Options(Path config, Path dataDir, String host, int port, int controllerPort, String security,
                   Path access) {

        boolean sasl() {
            return "sasl".equals(security);
        }

        static Options parse(String[] args) {
            Path config = null;
            Path dataDir = Path.of(System.getenv().getOrDefault("ENTENTE_KAFKA_DATA_DIR", "data/kafka"));
            String host = "localhost";
            int port = 9092;
            int controllerPort = 9093;
            String security = "plaintext";
            Path access = null;
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String flag = rest.remove(0);
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                String value = rest.remove(0);
                switch (flag) {
                    case "--config" -> config = Path.of(value);
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--host" -> host = value;
                    case "--port" -> port = Integer.parseInt(value);
                    case "--controller-port" -> controllerPort = Integer.parseInt(value);
                    case "--security" -> security = value;
                    case "--access" -> access = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + flag
                            + " (known: --config --data-dir --host --port --controller-port --security --access)");
                }
            }
            if (!security.equals("plaintext") && !security.equals("sasl")) {
                throw new IllegalArgumentException("--security is plaintext or sasl, not " + security);
            }
            return new Options(config, dataDir, host, port, controllerPort, security, access);
        }
    }
}
