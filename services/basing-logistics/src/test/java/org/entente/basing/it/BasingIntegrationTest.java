package org.entente.basing.it;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.contracts.membership.v1.PartnerAssociated;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.testing.EnvelopeWriter;
import org.entente.testing.TestInfrastructure;
import org.entente.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.entente.testing.Eventually.await;

/**
 * Base of the integration tests, which all share one application context: the basing-logistics service on a random
 * port, the shared real broker, a fresh database. Coalitions come as they do in production, from the membership
 * topic: a test publishes membership events (as the membership service's relay would) and waits for the roster.
 */
// Deadlines do not fire here: these tests drive the explicit commands (an expiry recorded by a party) on records whose
// end has passed, which the service would otherwise expire by itself at once. DeadlineRestartIT and the aggregate
// tests cover the deadlines.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"entente.inbox.max-retry-interval=500ms", "db-scheduler.immediate-execution-enabled=false",
                "db-scheduler.polling-interval=1h"})
@AutoConfigureObservability
public abstract class BasingIntegrationTest {

    private static EnvelopeWriter writer;
    /** The next sequence per membership subject, as the membership relay numbers them. */
    private static final Map<String, AtomicLong> SEQUENCES = new ConcurrentHashMap<>();

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected CoalitionRoster roster;

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.sharedBroker().bootstrapServers());
        TestInfrastructure.freshDatabase(registry);
        TestTokens.trust(registry);
    }

    protected static String bootstrapServers() {
        return TestInfrastructure.sharedBroker().bootstrapServers();
    }

    private static synchronized EnvelopeWriter writer() {
        if (writer == null) {
            writer = new EnvelopeWriter(bootstrapServers());
            EnvelopeWriter opened = writer;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "close-envelope-writer"));
        }
        return writer;
    }

    /** Publishes a membership event of {@code coalitionId} with the subject's next sequence; returns its envelope. */
    protected static EventEnvelope membershipEvent(String coalitionId, Object data, String exerciseId) {
        long sequence = SEQUENCES.computeIfAbsent(coalitionId, id -> new AtomicLong()).getAndIncrement();
        EventEnvelope envelope = EnvelopeWriter.envelope(MembershipEventsV1.SOURCE,
                MembershipEventsV1.of(data.getClass()).name(), coalitionId, sequence, data, exerciseId);
        redeliver(envelope);
        return envelope;
    }

    /** Sends an envelope (again): what Kafka does after a consumer crash or a relay retry. */
    protected static void redeliver(EventEnvelope envelope) {
        writer().send(Topics.MEMBERSHIP_V1, envelope);
    }

    /**
     * A coalition led by {@code lead} with {@code members}, and {@code partner} associated as a host nation (if not
     * null), as the membership topic announces it; waits until the roster knows it.
     */
    protected String coalition(String exerciseId, String lead, String partner, String... members) {
        String coalitionId = "coalition-" + UUID.randomUUID();
        membershipEvent(coalitionId, new CoalitionFormed(coalitionId, "Unified Protector", "AD_HOC",
                "PEACE_ENFORCEMENT", null, lead, null, exerciseId), exerciseId);
        membershipEvent(coalitionId, new MemberAdmitted(coalitionId, lead), exerciseId);
        for (String member : members) {
            membershipEvent(coalitionId, new MemberAdmitted(coalitionId, member), exerciseId);
        }
        String last = members.length == 0 ? lead : members[members.length - 1];
        if (partner != null) {
            membershipEvent(coalitionId, new PartnerAssociated(coalitionId, partner, "HOST_NATION", "DEMOCRATIC"),
                    exerciseId);
            await("the roster knows partner " + partner,
                    () -> roster.standing(coalitionId, partner) == Standing.PARTNER);
        }
        await("the roster knows " + last, () -> roster.standing(coalitionId, last) == Standing.ACTIVE_MEMBER);
        return coalitionId;
    }

}
