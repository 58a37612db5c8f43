package org.entente.membership.it;

import org.entente.testing.TestInfrastructure;
import org.entente.testing.TestTokens;
import org.entente.testing.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that share one application context: the membership service on a random port, the
 * shared real broker, a fresh database, metrics exported as in production. Snapshots are taken every 10 events here, so the suite also runs the
 * snapshot path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
public abstract class MembershipIntegrationTest {

    @Autowired
    protected TestRestTemplate http;

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.sharedBroker().bootstrapServers());
        TestInfrastructure.freshDatabase(registry);
        TestTokens.trust(registry);
        registry.add("entente.snapshots.coalition-every", () -> "10");
    }

    protected static String bootstrapServers() {
        return TestInfrastructure.sharedBroker().bootstrapServers();
    }
}
