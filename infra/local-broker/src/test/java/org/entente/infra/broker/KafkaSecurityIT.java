package org.entente.infra.broker;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The broker as the local stack and docker-compose run it (infra/kafka/server.properties + sasl.properties, the ACLs of
 * infra/kafka/access.properties): each service is its own principal, authenticated by its password, and may write
 * only its own topics and read only what it reacts to, as its own consumer group.
 */
class KafkaSecurityIT {

    private static final String MEMBERSHIP_TOPIC = "entente.membership.v1";
    private static final String COMMAND_STRUCTURE_TOPIC = "entente.command-structure.v1";

    @TempDir
    static Path temp;
    private static Map<String, String> secrets;
    private static BrokerProcess broker;

    @BeforeAll
    static void startSecuredBroker() {
        KafkaAccess access = KafkaAccess.packed();
        secrets = new HashMap<>();
        secrets.put(KafkaAccess.ADMIN_PASSWORD, randomPassword());
        access.grants().forEach(g -> secrets.put(KafkaAccess.passwordVariable(g.service()), randomPassword()));
        broker = BrokerProcess.startWithSasl(temp.resolve("kafka"), null, secrets);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefused() {
        assertThatThrownBy(() -> describeCluster(broker.clientConfig("membership", "not-the-password")))
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        assertThatThrownBy(() -> describeCluster(broker.clientConfig("intruder", password("membership"))))
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        // another service's password is not this service's
        assertThatThrownBy(() -> describeCluster(broker.clientConfig("membership", password("command-structure"))))
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void theProvisioningCreatedEveryServicesTopicsAndExactlyTheAclsOfTheFile() throws Exception {
        try (Admin admin = Admin.create(broker.adminConfig())) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).containsAll(List.of(
                    "entente.membership.v1", "entente.command-structure.v1", "entente.basing-logistics.v1",
                    "entente.rules-of-engagement.v1", "entente.dead-letter.membership",
                    "entente.dead-letter.command-structure", "entente.dead-letter.basing-logistics",
                    "entente.dead-letter.rules-of-engagement"));
            Set<AclBinding> onTheBroker = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values()
                    .get(30, TimeUnit.SECONDS));
            assertThat(onTheBroker).containsExactlyInAnyOrderElementsOf(KafkaAccess.packed().aclBindings());
            // no cluster-wide grant: an idempotent producer needs only WRITE on a topic (Kafka 3.x, KIP-679)
            assertThat(onTheBroker).noneMatch(b -> b.pattern().resourceType()
                    == org.apache.kafka.common.resource.ResourceType.CLUSTER);
        }
    }

    @Test
    void aServiceWritesItsOwnTopicButNotAnothers() throws Exception {
        try (KafkaProducer<String, String> membership = producer("membership")) {
            RecordMetadata written = membership.send(new ProducerRecord<>(MEMBERSHIP_TOPIC, "c-1", "formed"))
                    .get(30, TimeUnit.SECONDS);
            assertThat(written.topic()).isEqualTo(MEMBERSHIP_TOPIC);
            assertThat(written.offset()).isGreaterThanOrEqualTo(0);

            assertThatThrownBy(() -> membership.send(new ProducerRecord<>(COMMAND_STRUCTURE_TOPIC, "op-1", "forged"))
                    .get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaProducer<String, String> commandStructure = producer("command-structure")) {
            assertThatThrownBy(() -> commandStructure.send(new ProducerRecord<>(MEMBERSHIP_TOPIC, "c-1", "forged"))
                    .get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceWritesItsOwnDeadLetterTopicButNotAnothers() throws Exception {
        try (KafkaProducer<String, String> commandStructure = producer("command-structure")) {
            assertThat(commandStructure.send(new ProducerRecord<>("entente.dead-letter.command-structure", "x", "poison"))
                    .get(30, TimeUnit.SECONDS).offset()).isGreaterThanOrEqualTo(0);
            assertThatThrownBy(() -> commandStructure.send(
                    new ProducerRecord<>("entente.dead-letter.membership", "x", "poison")).get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aReactingServiceReadsWhatItReactsToAsItsOwnGroupOnly() throws Exception {
        String value = "admitted-" + UUID.randomUUID();
        try (KafkaProducer<String, String> membership = producer("membership")) {
            membership.send(new ProducerRecord<>(MEMBERSHIP_TOPIC, "c-2", value)).get(30, TimeUnit.SECONDS);
        }

        try (KafkaConsumer<String, String> reader = consumer("command-structure", "command-structure")) {
            reader.subscribe(Set.of(MEMBERSHIP_TOPIC));
            assertThat(pollUntil(reader, value)).as("command-structure reads the membership topic").isTrue();
            reader.commitSync(); // its group's offsets are its own to keep
        }
        // the same principal, posing as another service's consumer group
        try (KafkaConsumer<String, String> reader = consumer("command-structure", "rules-of-engagement")) {
            reader.subscribe(Set.of(MEMBERSHIP_TOPIC));
            assertThatThrownBy(() -> pollUntil(reader, value)).isInstanceOf(GroupAuthorizationException.class);
        }
        // a topic it does not react to (rules-of-engagement publishes, command-structure does not listen)
        try (KafkaConsumer<String, String> reader = consumer("command-structure", "command-structure")) {
            reader.subscribe(Set.of("entente.rules-of-engagement.v1"));
            assertThatThrownBy(() -> pollUntil(reader, value)).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void noServiceMayCreateTopicsBeyondItsOwn() {
        Map<String, Object> config = new HashMap<>(broker.clientConfig("command-structure", password("command-structure")));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000);
        try (Admin admin = Admin.create(config)) {
            assertThatThrownBy(() -> admin.createTopics(List.of(new NewTopic("entente.membership.v2", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void noPasswordIsWrittenToTheBrokersLogOrConfiguration() throws Exception {
        Path dataDir = temp.resolve("kafka");
        String log = Files.readString(LocalBroker.sibling(dataDir, ".log"));
        String config = Files.readString(LocalBroker.sibling(dataDir, ".server.properties"));
        assertThat(log).contains("LocalBroker: provisioned");
        assertThat(config).contains("password\\=\"${env\\:" + KafkaAccess.ADMIN_PASSWORD + "}"); // a reference only
        for (String secret : secrets.values()) {
            assertThat(log).doesNotContain(secret);
            assertThat(config).doesNotContain(secret);
        }
    }

    // ---- clients as the services configure them: SCRAM-SHA-512, idempotent producer, acks=all ---------------------

    private static String password(String service) {
        return secrets.get(KafkaAccess.passwordVariable(service));
    }

    private static KafkaProducer<String, String> producer(String service) {
        Map<String, Object> config = new HashMap<>(broker.clientConfig(service, password(service)));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String service, String group) {
        Map<String, Object> config = new HashMap<>(broker.clientConfig(service, password(service)));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static boolean pollUntil(KafkaConsumer<String, String> consumer, String value) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.value().equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void describeCluster(Map<String, Object> clientConfig) throws Exception {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000);
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
