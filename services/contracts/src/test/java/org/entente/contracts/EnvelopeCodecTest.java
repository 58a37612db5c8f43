package org.entente.contracts;

import org.entente.contracts.membership.v1.Amount;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.contracts.membership.v1.PledgeMade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeCodecTest {

    private final PledgeMade pledge = new PledgeMade("c-1", "p-1", "NOR", "FUNDING",
            new Amount(new BigDecimal("1500000.50"), "EUR"), LocalDate.of(2011, 4, 30), "field hospital");

    private EventEnvelope envelope(List<String> releasableTo) {
        return new EventEnvelope("e-1", MembershipEventsV1.of(PledgeMade.class).name(), 1, MembershipEventsV1.SOURCE,
                "c-1", "Coalition", 4, Instant.parse("2011-03-25T10:00:00Z"), Instant.parse("2011-03-24T00:00:00Z"),
                null, "corr", "cause", new Actor("a.planner", "NOR", List.of("planner")), "as agreed", "NAC decision",
                null, releasableTo, "ab12", EnvelopeCodec.toData(pledge));
    }

    @Test
    void anEnvelopeSurvivesTheWireWithItsDataIntact() {
        EventEnvelope decoded = EnvelopeCodec.decode(EnvelopeCodec.encode(envelope(List.of("NOR", "SWE"))));

        assertThat(decoded.type()).isEqualTo("entente.membership.PledgeMade");
        assertThat(decoded.recordedTime()).isEqualTo(Instant.parse("2011-03-25T10:00:00Z"));
        assertThat(decoded.releasableTo()).containsExactly("NOR", "SWE");
        assertThat(EnvelopeCodec.data(decoded, PledgeMade.class)).isEqualTo(pledge);
    }

    @Test
    void timesAreWrittenAsIsoStringsAndMoneyWithoutRounding() {
        String json = new String(EnvelopeCodec.encode(envelope(null)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"recordedTime\":\"2011-03-25T10:00:00Z\"")
                .contains("\"value\":1500000.50")
                .contains("\"dueDate\":\"2011-04-30\"")
                .contains("\"releasableTo\":[\"ALL_MEMBERS\"]");
    }

    @Test
    void aConsumerToleratesFieldsAddedByANewerPublisher() {
        String newer = new String(EnvelopeCodec.encode(envelope(null)), StandardCharsets.UTF_8)
                .replace("\"description\":", "\"futureField\":42,\"description\":");

        EventEnvelope decoded = EnvelopeCodec.decode(newer.getBytes(StandardCharsets.UTF_8));

        assertThat(EnvelopeCodec.data(decoded, PledgeMade.class)).isEqualTo(pledge);
    }

    @Test
    void garbageIsRejectedWithAClearError() {
        assertThatThrownBy(() -> EnvelopeCodec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an Entente event envelope");
    }

    @Test
    void everyTypeNameIsUniqueAndResolvable() {
        assertThat(MembershipEventsV1.TYPES).extracting(ContractType::name).doesNotHaveDuplicates();
        MembershipEventsV1.TYPES.forEach(type ->
                assertThat(MembershipEventsV1.byName(type.name())).contains(type));
    }
}
