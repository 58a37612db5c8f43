package org.entente.roe.it;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.testing.EnvelopeWriter;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The other services, as far as this one hears them: hand-built envelopes published to their topics, each subject's
 * sequence counted from 0 as their relays would. Command-structure and basing events are built from the field names
 * of the shared contracts.
 */
final class Upstream {

    static final String COMMAND_STRUCTURE = "/entente/command-structure";
    static final String BASING = "/entente/basing-logistics";

    private static EnvelopeWriter writer;
    private final Map<String, Long> sequences = new HashMap<>();

    static synchronized EnvelopeWriter writer() {
        if (writer == null) {
            writer = new EnvelopeWriter(RoeIntegrationTest.bootstrapServers());
            EnvelopeWriter w = writer;
            Runtime.getRuntime().addShutdownHook(new Thread(w::close, "close-upstream-writer"));
        }
        return writer;
    }

    /** A coalition formed with {@code members} (the first leads), in {@code exerciseId} (null: real world). */
    String coalition(String exerciseId, String... members) {
        String coalitionId = "coalition-" + UUID.randomUUID();
        membership(coalitionId, new CoalitionFormed(coalitionId, "Unified Protector", "AD_HOC", "PEACE_ENFORCEMENT",
                null, members[0], null, exerciseId), exerciseId);
        for (String nation : members) {
            membership(coalitionId, new MemberAdmitted(coalitionId, nation), exerciseId);
        }
        return coalitionId;
    }

    EventEnvelope membership(String coalitionId, Object data, String exerciseId) {
        EventEnvelope envelope = EnvelopeWriter.envelope(MembershipEventsV1.SOURCE,
                MembershipEventsV1.of(data.getClass()).name(), coalitionId, next(coalitionId), data, exerciseId);
        writer().send(Topics.MEMBERSHIP_V1, envelope);
        return envelope;
    }

    String operation(String coalitionId, String exerciseId) {
        String operationId = "op-" + UUID.randomUUID();
        commandStructure(operationId, "OperationEstablished", fields("operationId", operationId,
                "coalitionId", coalitionId, "name", "Odyssey Dawn"), exerciseId);
        return operationId;
    }

    EventEnvelope placeForce(String operationId, String coalitionId, String forceId, String nation, String degree,
                             String exerciseId) {
        return commandStructure(operationId, "ForcePlacedUnderAuthority", fields("operationId", operationId,
                "coalitionId", coalitionId, "forceId", forceId, "nation", nation, "forceType", "FIGHTER_SQUADRON",
                "size", 6, "nodeId", "cfacc", "degree", degree, "functions", List.of(), "area", null, "from", null,
                "until", null), exerciseId);
    }

    EventEnvelope commandStructure(String operationId, String type, Map<String, Object> data, String exerciseId) {
        EventEnvelope envelope = EnvelopeWriter.envelope(COMMAND_STRUCTURE, "entente.command-structure." + type,
                operationId, next(operationId), data, exerciseId);
        writer().send(Topics.COMMAND_STRUCTURE_V1, envelope);
        return envelope;
    }

    EventEnvelope basing(String type, String agreementId, String coalitionId, String status, List<String> activities,
                         Instant validUntil) {
        EventEnvelope envelope = EnvelopeWriter.envelope(BASING, "entente.basing-logistics." + type, agreementId,
                next(agreementId), fields("agreementId", agreementId, "coalitionId", coalitionId, "hostNation", "GRC",
                        "site", "Souda Bay", "status", status, "permittedActivities", activities,
                        "validUntil", validUntil), null);
        writer().send(Topics.BASING_LOGISTICS_V1, envelope);
        return envelope;
    }

    /** Publishes an envelope again, exactly as before: what an at-least-once delivery may do. */
    void redeliver(String topic, EventEnvelope envelope) {
        writer().send(topic, envelope);
    }

    private long next(String subject) {
        return sequences.merge(subject, 1L, Long::sum) - 1;
    }

    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
