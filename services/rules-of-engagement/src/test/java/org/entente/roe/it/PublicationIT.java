package org.entente.roe.it;

import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.roe.v1.MeasureAuthorised;
import org.entente.contracts.roe.v1.MeasureRequested;
import org.entente.testing.TopicReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.testing.Eventually.await;

/** HTTP → event store → the real broker: what a consumer of the rules-of-engagement topic receives. */
class PublicationIT extends RoeIntegrationTest {

    @Test
    void everyDecisionReachesKafkaAsAVersionedPublicEventWithItsDecision() {
        Upstream upstream = new Upstream();
        String coalitionId = upstream.coalition(null, "GBR", "NOR");
        Api api = Api.staff(http, "NOR", coalitionId, null);
        String operationId = upstream.operation(coalitionId, null);
        await("operation known", () -> api.get("/operations/" + operationId).getStatusCode().is2xxSuccessful()
                && api.get("/coalitions/" + coalitionId + "/caveats").getStatusCode().is2xxSuccessful());
        api.establish(operationId);
        String requestId = api.authorised(operationId, "16A", "Libyan no-fly zone");

        List<EventEnvelope> published = TopicReader.envelopes(TopicReader.records(bootstrapServers(),
                Topics.RULES_OF_ENGAGEMENT_V1, operationId, e -> e.size() >= 3, Duration.ofSeconds(60)));

        assertThat(published).extracting(EventEnvelope::type).containsExactly(
                "entente.rules-of-engagement.RoeProfileEstablished", "entente.rules-of-engagement.MeasureRequested",
                "entente.rules-of-engagement.MeasureAuthorised");
        assertThat(published).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L);
        assertThat(published).allSatisfy(envelope -> {
            assertThat(envelope.source()).isEqualTo("/entente/rules-of-engagement");
            assertThat(envelope.subjectType()).isEqualTo("RoeProfile");
            assertThat(envelope.schemaVersion()).isEqualTo(1);
            assertThat(envelope.actor().id()).isEqualTo("j.smith");
            assertThat(envelope.hash()).hasSize(64);
        });
        assertThat(EnvelopeCodec.data(published.get(1), MeasureRequested.class)).isEqualTo(new MeasureRequested(
                operationId, coalitionId, requestId, "16A", "Libyan no-fly zone", "NOR", null));
        assertThat(EnvelopeCodec.data(published.get(2), MeasureAuthorised.class))
                .isEqualTo(new MeasureAuthorised(operationId, coalitionId, requestId, "16A"));
        assertThat(published.get(2).authority()).isEqualTo("NAC decision 27 March");
        assertThat(published.get(0).data().get("coalitionId").asText()).isEqualTo(coalitionId);
    }
}
