package org.entente.infra.broker;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Who may do what on a broker running with SASL: {@code infra/kafka/access.properties} (packed into this jar as
 * {@code kafka/access.properties}), and the provisioning that applies it through the Admin API as the super user:
 * each service's SCRAM credential, its ACLs, and every topic a service writes to.
 * <p>
 * Applying it twice changes nothing (credentials are upserted, ACLs and topics created when missing). It only adds:
 * an ACL removed from the file must be removed from the broker by hand (see docs/kafka-security.md).
 * <p>
 * Passwords never come from the file: the admin's from {@value #ADMIN_PASSWORD}, a service's from
 * {@code ENTENTE_KAFKA_PASSWORD_<SERVICE>} ({@link #passwordVariable}).
 */
public final class KafkaAccess {

    public static final String PACKED = "kafka/access.properties";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "ENTENTE_KAFKA_ADMIN_PASSWORD";
    public static final ScramMechanism MECHANISM = ScramMechanism.SCRAM_SHA_512;
    private static final int ITERATIONS = 8192;

    private final Map<String, Grant> grants;
    private final int partitions;
    private final short replicationFactor;
    private final Map<String, String> topicConfig;

    /** What one service principal may do. */
    public record Grant(String service, Set<String> writes, Set<String> reads) {

        public String principal() {
            return "User:" + service;
        }

        /** The inbox's consumer group: the application name. */
        public String group() {
            return service;
        }
    }

    private KafkaAccess(Map<String, Grant> grants, int partitions, short replicationFactor,
                        Map<String, String> topicConfig) {
        this.grants = grants;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.topicConfig = topicConfig;
    }

    /** The packed file, i.e. infra/kafka/access.properties as built. */
    public static KafkaAccess packed() {
        try (InputStream in = KafkaAccess.class.getClassLoader().getResourceAsStream(PACKED)) {
            if (in == null) {
                throw new IllegalStateException(PACKED + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KafkaAccess load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static KafkaAccess parse(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        Map<String, Grant> grants = new LinkedHashMap<>();
        for (String service : list(p.getProperty("services", ""))) {
            if (!service.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("service name '" + service + "' in access.properties: use a-z, 0-9, -");
            }
            grants.put(service, new Grant(service, list(p.getProperty(service + ".writes", "")),
                    list(p.getProperty(service + ".reads", ""))));
        }
        Map<String, String> topicConfig = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("topic.config.")) {
                topicConfig.put(key.substring("topic.config.".length()), p.getProperty(key).trim());
            }
        }
        return new KafkaAccess(grants, Integer.parseInt(p.getProperty("topic.partitions", "3").trim()),
                Short.parseShort(p.getProperty("topic.replication.factor", "1").trim()), topicConfig);
    }

    private static Set<String> list(String value) {
        Set<String> items = new LinkedHashSet<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        return items;
    }

    public List<Grant> grants() {
        return List.copyOf(grants.values());
    }

    public Grant grant(String service) {
        Grant grant = grants.get(service);
        if (grant == null) {
            throw new IllegalArgumentException("no service '" + service + "' in access.properties");
        }
        return grant;
    }

    /** Every topic some service writes to: the provisioning creates them all. */
    public Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        grants.values().forEach(g -> topics.addAll(g.writes()));
        return topics;
    }

    /** The environment variable holding a service's password, e.g. ENTENTE_KAFKA_PASSWORD_COMMAND_STRUCTURE. */
    public static String passwordVariable(String service) {
        return "ENTENTE_KAFKA_PASSWORD_" + service.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The environment variables provisioning needs and {@code environment} lacks (names only, never values). */
    public List<String> missingPasswords(Function<String, String> environment) {
        List<String> missing = new ArrayList<>();
        if (blank(environment.apply(ADMIN_PASSWORD))) {
            missing.add(ADMIN_PASSWORD);
        }
        for (String service : grants.keySet()) {
            if (blank(environment.apply(passwordVariable(service)))) {
                missing.add(passwordVariable(service));
            }
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Every ACL the file grants (once each: a service that reads its own topic is granted DESCRIBE once). */
    public List<AclBinding> aclBindings() {
        Set<AclBinding> bindings = new LinkedHashSet<>();
        for (Grant grant : grants.values()) {
            for (String topic : grant.writes()) {
                for (AclOperation op : List.of(AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE)) {
                    bindings.add(allow(grant, ResourceType.TOPIC, topic, op));
                }
            }
            for (String topic : grant.reads()) {
                for (AclOperation op : List.of(AclOperation.READ, AclOperation.DESCRIBE)) {
                    bindings.add(allow(grant, ResourceType.TOPIC, topic, op));
                }
            }
            bindings.add(allow(grant, ResourceType.GROUP, grant.group(), AclOperation.READ));
        }
        return List.copyOf(bindings);
    }

    private static AclBinding allow(Grant grant, ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(grant.principal(), "*", operation, AclPermissionType.ALLOW));
    }

    /**
     * Applies the file through {@code admin} (which must be the super user): credentials, ACLs, topics.
     *
     * @param environment where passwords come from (the process environment); never logged
     * @return what was done, in words without secrets
     */
    public String provision(Admin admin, Function<String, String> environment) throws InterruptedException {
        List<String> missing = missingPasswords(environment);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot provision Kafka access: set " + String.join(", ", missing));
        }
        List<UserScramCredentialAlteration> credentials = new ArrayList<>();
        for (String service : grants.keySet()) {
            credentials.add(new UserScramCredentialUpsertion(service, new ScramCredentialInfo(MECHANISM, ITERATIONS),
                    environment.apply(passwordVariable(service))));
        }
        List<AclBinding> acls = aclBindings();
        List<NewTopic> topics = topics().stream()
                .map(t -> new NewTopic(t, partitions, replicationFactor).configs(topicConfig)).toList();
        try {
            admin.alterUserScramCredentials(credentials).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            for (var created : admin.createTopics(topics).values().entrySet()) {
                try {
                    created.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("provisioning Kafka access failed: " + cause, cause);
        }
        return grants.size() + " service principals (" + String.join(", ", grants.keySet()) + "), " + acls.size()
                + " ACLs, " + topics.size() + " topics";
    }

    /**
     * The client settings of a SASL/SCRAM principal, as the services use them (security.protocol, sasl.mechanism,
     * sasl.jaas.config). The password ends up in sasl.jaas.config, which Kafka treats as a password (never logged).
     */
    public static Map<String, Object> clientConfig(String user, String password) {
        return Map.of(
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, MECHANISM.mechanismName(),
                SaslConfigs.SASL_JAAS_CONFIG, jaasConfig(user, password));
    }

    /** A JAAS line for the SCRAM login module, quoting the values so any character of a password is safe. */
    public static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + quote(user)
                + "\" password=\"" + quote(password) + "\";";
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * Provisions a running broker (docker-compose's one-shot kafka-access service): waits for it to answer, applies the
     * file, exits 0; or exits 1 saying why. Passwords from the environment only.
     *
     * <pre>
     * java -cp local-broker.jar org.entente.infra.broker.KafkaAccess --bootstrap kafka:9092 [--access access.properties]
     * </pre>
     */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "broker-logback.xml"); // warnings only
        }
        String bootstrap = "localhost:9092";
        KafkaAccess access = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[i + 1];
                case "--access" -> access = load(Path.of(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (known: --bootstrap --access)");
            }
        }
        access = access != null ? access : packed();
        try {
            System.out.println("KafkaAccess: provisioned " + access.provisionWhenReady(bootstrap, System::getenv,
                    Duration.ofSeconds(120)));
        } catch (RuntimeException e) {
            System.err.println("KafkaAccess: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void awaitListening(String bootstrap, long deadline) throws InterruptedException {
        String first = bootstrap.split(",")[0].trim();
        int colon = first.lastIndexOf(':');
        InetSocketAddress address = new InetSocketAddress(first.substring(0, colon),
                Integer.parseInt(first.substring(colon + 1)));
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(address, 1000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
    }

    /**
     * Waits (up to {@code patience}) for the broker at {@code bootstrap} to answer the admin, then provisions. An
     * authentication failure ends at once: the admin password does not match the one the storage was formatted with.
     */
    public String provisionWhenReady(String bootstrap, Function<String, String> environment,
                                     Duration patience) throws InterruptedException {
        List<String> missing = missingPasswords(environment);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot provision Kafka access: set " + String.join(", ", missing));
        }
        Map<String, Object> config = new HashMap<>(clientConfig(ADMIN, environment.apply(ADMIN_PASSWORD)));
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, "entente-access-provisioning");
        long deadline = System.nanoTime() + patience.toNanos();
        awaitListening(bootstrap, deadline); // quietly: the admin client warns at every refused connection
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                    break;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof AuthenticationException) {
                        throw new IllegalStateException("the broker refused " + ADMIN + "'s password ("
                                + ADMIN_PASSWORD + "): it is not the one its storage was formatted with", e.getCause());
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the broker at " + bootstrap + " did not answer within "
                                + patience + ": " + e.getCause());
                    }
                } catch (TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the broker at " + bootstrap + " did not answer within " + patience);
                    }
                }
                Thread.sleep(500);
            }
            return provision(admin, environment);
        }
    }
}
