package org.entente.commandstructure.it;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.testing.EnvelopeWriter;
import org.entente.testing.Eventually;
import org.entente.testing.TestInfrastructure;
import org.entente.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the integration tests, which share one application context: the command-structure service on a random
 * port, the shared real broker, a fresh database, metrics as in production, snapshots every 10 events (so the
 * snapshot path runs too). Coalitions come from the membership topic, as in production: a test publishes membership
 * events there as the membership service would, and waits until the roster has them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
public abstract class CommandStructureIntegrationTest {

    private static final Map<String, AtomicLong> SEQUENCES = new ConcurrentHashMap<>();
    private static EnvelopeWriter writer;

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected CoalitionRoster roster;

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.sharedBroker().bootstrapServers());
        TestInfrastructure.freshDatabase(registry);
        TestTokens.trust(registry);
        registry.add("entente.snapshots.operation-every", () -> "10");
        registry.add("entente.inbox.max-retry-interval", () -> "500ms");
    }

    protected static String bootstrapServers() {
        return TestInfrastructure.sharedBroker().bootstrapServers();
    }

    protected static synchronized EnvelopeWriter membershipTopic() {
        if (writer == null) {
            writer = new EnvelopeWriter(bootstrapServers());
        }
        return writer;
    }

    /**
     * Publishes {@code data} (a membership v1 record) on the membership topic as the next event of the coalition, as
     * the membership service would; returns the envelope.
     */
    protected static EventEnvelope publishMembership(String coalitionId, Object data, String exerciseId) {
        long sequence = SEQUENCES.computeIfAbsent(coalitionId, id -> new AtomicLong()).getAndIncrement();
        EventEnvelope envelope = EnvelopeWriter.envelope(MembershipEventsV1.SOURCE,
                MembershipEventsV1.of(data.getClass()).name(), coalitionId, sequence, data, exerciseId);
        membershipTopic().send(Topics.MEMBERSHIP_V1, envelope);
        return envelope;
    }

    /** A coalition formed (in {@code exerciseId}, or real) with these active members, once the roster knows it. */
    protected String coalition(String exerciseId, String... members) {
        String coalitionId = "coalition-" + UUID.randomUUID();
        publishMembership(coalitionId, new CoalitionFormed(coalitionId, "Coalition " + coalitionId, "AD_HOC",
                "PEACE_ENFORCEMENT", null, members[0], null, exerciseId), exerciseId);
        for (String member : members) {
            publishMembership(coalitionId, new MemberAdmitted(coalitionId, member), exerciseId);
        }
        await(() -> List.of(members).stream()
                .allMatch(m -> roster.standing(coalitionId, m) == Standing.ACTIVE_MEMBER), "roster learns " + coalitionId);
        return coalitionId;
    }

    /** Waits, boundedly, for something that happens asynchronously (the inbox, the relay). */
    protected static void await(BooleanSupplier condition, String what) {
        Eventually.await(what, condition);
    }
}
