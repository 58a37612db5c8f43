package org.entente.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.MembershipEventV1;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractsTest {

    @Test
    void everyPublicTopicHasItsContract() {
        for (String topic : List.of(Topics.MEMBERSHIP_V1, Topics.COMMAND_STRUCTURE_V1, Topics.BASING_LOGISTICS_V1,
                Topics.RULES_OF_ENGAGEMENT_V1)) {
            assertThat(Contracts.forTopic(topic)).as(topic).isPresent();
            assertThat(Contracts.forTopic(topic).get().root().isSealed()).isTrue();
        }
        assertThat(Contracts.forTopic(Topics.deadLetter("membership"))).isEmpty();
    }

    @Test
    void anEnvelopeDecodesIntoItsSealedRecord() {
        MemberWithdrawn withdrawn = new MemberWithdrawn("c-1", "NOR");
        MembershipEventV1 decoded = MembershipEventsV1.CATALOGUE.decode(envelope("entente.membership.MemberWithdrawn",
                1, EnvelopeCodec.toData(withdrawn))).orElseThrow();

        assertThat(decoded).isEqualTo(withdrawn);
    }

    @Test
    void aTypeAddedLaterIsIgnoredAndAnotherVersionRefused() {
        assertThat(MembershipEventsV1.CATALOGUE.decode(envelope("entente.membership.SomethingNew", 1,
                JsonNodeFactory.instance.objectNode()))).isEmpty();
        assertThatThrownBy(() -> MembershipEventsV1.CATALOGUE.decode(envelope("entente.membership.MemberWithdrawn", 2,
                EnvelopeCodec.toData(new MemberWithdrawn("c-1", "NOR")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema version 2");
    }

    private static EventEnvelope envelope(String type, int version, JsonNode data) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        return new EventEnvelope("e-1", type, version, "/entente/membership", "c-1", "Coalition", 0, at, at, null,
                "e-1", "e-1", null, null, null, null, List.of(EventEnvelope.ALL_MEMBERS), null, data);
    }
}
