package org.entente.roe.it;

import org.entente.testing.TestInfrastructure;
import org.entente.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test, so that all share one application context: the service on a random port, the
 * shared real broker, a fresh database. Snapshots every 5 events here, so the suite also runs the snapshot path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "entente.inbox.max-retry-interval=500ms", "entente.snapshots.profile-every=5",
        "entente.snapshots.caveats-every=5"})
@AutoConfigureObservability
public abstract class RoeIntegrationTest {

    @Autowired
    protected TestRestTemplate http;

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RoeIntegrationTest::bootstrapServers);
        TestInfrastructure.freshDatabase(registry);
        TestTokens.trust(registry);
    }

    protected static String bootstrapServers() {
        return TestInfrastructure.sharedBroker().bootstrapServers();
    }

}
