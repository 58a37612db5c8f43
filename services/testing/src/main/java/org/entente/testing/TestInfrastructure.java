package org.entente.testing;

import org.entente.infra.broker.BrokerProcess;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The real parts integration tests run against: one Kafka broker per test JVM (Apache Kafka's own, in its own
 * process, KRaft) and a fresh database per application context — an H2 file, or with {@code -Dentente.it.db=postgres}
 * a new schema in the PostgreSQL at 127.0.0.1:5432 (database {@code test}, trust authentication).
 */
public final class TestInfrastructure {

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final Path WORK = Path.of("target", "it-data");
    private static BrokerProcess sharedBroker;

    private TestInfrastructure() {
    }

    /** The broker every test context shares unless it needs its own (the outage test). */
    public static synchronized BrokerProcess sharedBroker() {
        if (sharedBroker == null) {
            sharedBroker = BrokerProcess.start(WORK.resolve("kafka-" + UUID.randomUUID()));
            BrokerProcess broker = sharedBroker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-shared-broker"));
        }
        return sharedBroker;
    }

    public static BrokerProcess ownBroker() {
        return BrokerProcess.start(WORK.resolve("kafka-" + UUID.randomUUID()));
    }

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("entente.it.db", "h2"));
    }

    /** Points the context at a database nobody used before. */
    public static void freshDatabase(DynamicPropertyRegistry registry) {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (onPostgres()) {
            String schema = "it_" + run;
            registry.add("spring.datasource.url", () -> POSTGRES_URL);
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
            registry.add("spring.datasource.hikari.schema", () -> schema);
            registry.add("spring.flyway.default-schema", () -> schema);
            requirePostgres();
        } else {
            Path file = WORK.resolve("h2-" + run).resolve("eventstore").toAbsolutePath();
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    private static void requirePostgres() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("-Dentente.it.db=postgres but PostgreSQL at " + POSTGRES_URL
                    + " does not answer: " + e.getMessage(), e);
        }
    }
}
