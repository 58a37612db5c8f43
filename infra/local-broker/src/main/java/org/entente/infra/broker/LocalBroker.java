package org.entente.infra.broker;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs Apache Kafka's own broker, KRaft combined mode (broker and controller in one process), from Maven artifacts.
 * <p>
 * The configuration is {@code infra/kafka/server.properties} (packed into this jar as {@code kafka/server.properties}),
 * the same file docker-compose mounts. Only what differs per run is overridden: the data folder and, for tests that
 * run several brokers, the ports. Storage is formatted once; after that the data folder survives restarts.
 *
 * <pre>
 * java -jar infra/local-broker/target/local-broker.jar [--data-dir data/kafka] [--port 9092] [--controller-port 9093]
 *                                                       [--config path/to/server.properties] [--host localhost]
 * </pre>
 */
public final class LocalBroker {

    static final String PACKED_CONFIG = "kafka/server.properties";

    private LocalBroker() {
    }

    public static void main(String[] args) throws Exception {
        // Before any logger exists: the broker is chatty, our own file keeps it to warnings.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "broker-logback.xml");
        }
        Options options = Options.parse(args);
        Properties config = effectiveConfig(options);
        Files.createDirectories(options.dataDir);
        Path effective = options.dataDir.resolveSibling(options.dataDir.getFileName() + ".server.properties");
        try (OutputStream out = Files.newOutputStream(effective)) {
            config.store(out, "effective configuration written by LocalBroker; edit infra/kafka/server.properties");
        }
        formatOnce(options.dataDir, effective);
        System.out.printf("LocalBroker: starting Kafka on %s:%d (controller %d), data in %s%n",
                options.host, options.port, options.controllerPort, options.dataDir.toAbsolutePath());
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
        String host = options.host;
        config.setProperty("log.dirs", options.dataDir.toAbsolutePath().toString());
        config.setProperty("listeners", "PLAINTEXT://" + host + ":" + options.port
                + ",CONTROLLER://" + host + ":" + options.controllerPort);
        config.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + options.port);
        config.setProperty("controller.quorum.voters",
                config.getProperty("node.id", "1") + "@" + host + ":" + options.controllerPort);
        return config;
    }

    /** Formats the KRaft metadata log the first time only; a formatted folder keeps its cluster id and data. */
    private static void formatOnce(Path dataDir, Path effectiveConfig) {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        int exit = StorageTool.execute(new String[]{
                "format", "-t", Uuid.randomUuid().toString(), "-c", effectiveConfig.toString(), "--ignore-formatted"
        }, new PrintStream(System.out, true));
        if (exit != 0) {
            throw new IllegalStateException("formatting Kafka storage in " + dataDir + " failed with exit code " + exit);
        }
    }

    record Options(Path config, Path dataDir, String host, int port, int controllerPort) {

        static Options parse(String[] args) {
            Path config = null;
            Path dataDir = Path.of(System.getenv().getOrDefault("ENTENTE_KAFKA_DATA_DIR", "data/kafka"));
            String host = "localhost";
            int port = 9092;
            int controllerPort = 9093;
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
                    default -> throw new IllegalArgumentException("unknown option " + flag
                            + " (known: --config --data-dir --host --port --controller-port)");
                }
            }
            return new Options(config, dataDir, host, port, controllerPort);
        }
    }
}
