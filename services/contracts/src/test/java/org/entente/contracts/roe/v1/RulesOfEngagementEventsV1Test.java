package org.entente.contracts.roe.v1;

import org.entente.contracts.Actor;
import org.entente.contracts.ContractType;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesOfEngagementEventsV1Test {

    @Test
    void everyTypeIsNamedAfterItsRecordUnderTheServicePrefix() {
        assertThat(RulesOfEngagementEventsV1.TYPES).allSatisfy(type -> {
            assertThat(type.name()).isEqualTo("entente.rules-of-engagement." + type.dataType().getSimpleName());
            assertThat(type.schemaVersion()).isEqualTo(1);
            assertThat(type.dataType().isRecord()).isTrue();
            assertThat(RulesOfEngagementEventsV1.byName(type.name())).contains(type);
            assertThat(RulesOfEngagementEventsV1.of(type.dataType())).isEqualTo(type);
        });
        assertThat(RulesOfEngagementEventsV1.TYPES).extracting(ContractType::name).doesNotHaveDuplicates();
        assertThat(RulesOfEngagementEventsV1.byName("entente.rules-of-engagement.Unknown")).isEmpty();
        assertThatThrownBy(() -> RulesOfEngagementEventsV1.of(String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaveatSurvivesTheWireWithItsListsAndPeriod() {
        CaveatDeclared caveat = new CaveatDeclared("c-1", "DEU", "cv-1", "GEOGRAPHIC", null, List.of("19A"),
                List.of("DETENTION"), List.of("STRIKE"), List.of("Kandahar"), List.of("TACON"),
                Instant.parse("2011-03-24T00:00:00Z"), null, "north only");
        EventEnvelope envelope = new EventEnvelope("e-1", RulesOfEngagementEventsV1.of(CaveatDeclared.class).name(), 1,
                RulesOfEngagementEventsV1.SOURCE, "c-1/caveats/DEU", "NationalCaveats", 0,
                Instant.parse("2011-03-25T10:00:00Z"), Instant.parse("2011-03-24T00:00:00Z"), null, "corr", "cause",
                new Actor("a.officer", "DEU", List.of("planner")), "parliament mandate", "Bundestag decision", null,
                null, "ab12", EnvelopeCodec.toData(caveat));

        byte[] wire = EnvelopeCodec.encode(envelope);
        assertThat(new String(wire, StandardCharsets.UTF_8)).contains("\"from\":\"2011-03-24T00:00:00Z\"")
                .contains("\"areas\":[\"Kandahar\"]");
        assertThat(EnvelopeCodec.data(EnvelopeCodec.decode(wire), CaveatDeclared.class)).isEqualTo(caveat);
    }
}
