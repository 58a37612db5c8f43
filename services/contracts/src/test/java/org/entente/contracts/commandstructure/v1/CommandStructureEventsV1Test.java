package org.entente.contracts.commandstructure.v1;

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

class CommandStructureEventsV1Test {

    @Test
    void everyTypeIsNamedAfterItsRecordUnderTheServicePrefixAndConcernsAnOperation() {
        assertThat(CommandStructureEventsV1.TYPES).allSatisfy(type -> {
            assertThat(type.name()).isEqualTo("entente.command-structure." + type.dataType().getSimpleName());
            assertThat(type.schemaVersion()).isEqualTo(1);
            assertThat(type.dataType().isRecord()).isTrue();
            assertThat(type.dataType().getRecordComponents()[0].getName()).isEqualTo("operationId");
            assertThat(type.dataType().getRecordComponents()[1].getName()).isEqualTo("coalitionId");
            assertThat(CommandStructureEventsV1.byName(type.name())).contains(type);
            assertThat(CommandStructureEventsV1.of(type.dataType())).isEqualTo(type);
        });
        assertThat(CommandStructureEventsV1.TYPES).extracting(ContractType::name).doesNotHaveDuplicates();
        assertThat(CommandStructureEventsV1.byName("entente.command-structure.Unknown")).isEmpty();
        assertThatThrownBy(() -> CommandStructureEventsV1.of(String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStagedTransferSurvivesTheWireWithItsScope() {
        ForcePlacedUnderAuthority placed = new ForcePlacedUnderAuthority("op-1", "c-1", "CAN-HMCS-CHARLOTTETOWN",
                "CAN", "FRIGATE", 1, "node-1", "OPCON", List.of("ARMS_EMBARGO"), "Central Mediterranean",
                Instant.parse("2011-03-23T00:00:00Z"), null);
        EventEnvelope envelope = new EventEnvelope("e-1", CommandStructureEventsV1.of(ForcePlacedUnderAuthority.class)
                .name(), 1, CommandStructureEventsV1.SOURCE, "op-1", CommandStructureEventsV1.SUBJECT_TYPE, 3,
                Instant.parse("2011-03-23T10:00:00Z"), Instant.parse("2011-03-23T00:00:00Z"), null, "corr", "cause",
                new Actor("c.officer", "CAN", List.of("planner")), "embargo first", "order in council", null, null,
                "ab12", EnvelopeCodec.toData(placed));

        byte[] wire = EnvelopeCodec.encode(envelope);
        assertThat(new String(wire, StandardCharsets.UTF_8)).contains("\"functions\":[\"ARMS_EMBARGO\"]")
                .contains("\"from\":\"2011-03-23T00:00:00Z\"").contains("\"degree\":\"OPCON\"");
        assertThat(EnvelopeCodec.data(EnvelopeCodec.decode(wire), ForcePlacedUnderAuthority.class)).isEqualTo(placed);
    }

    @Test
    void anUnscopedPlacementReadsWithAnEmptyListOfFunctions() {
        ForcePlacedUnderAuthority placed = new ForcePlacedUnderAuthority("op-1", "c-1", "f-1", "NOR", "F-16", 6,
                "node-1", "TACON", null, null, null, null);
        assertThat(placed.functions()).isEmpty();
    }
}
