package org.entente.roe.it;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.contracts.commandstructure.v1.CommandStructureEventsV1;
import org.entente.contracts.commandstructure.v1.ForcePlacedUnderAuthority;
import org.entente.contracts.commandstructure.v1.OperationEstablished;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.testing.EnvelopeWriter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The other services, as far as this one hears them: hand-built envelopes published to their topics, each subject's
 * sequence counted from 0 as their relays would. Every event is built from its contract record and named by its
 * catalogue, as the publishing service would.
 */
final class Upstream {

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
        commandStructure(operationId, new OperationEstablished(operationId, coalitionId, "Odyssey Dawn"), exerciseId);
        return operationId;
    }

    EventEnvelope placeForce(String operationId, String coalitionId, String forceId, String nation, String degree,
                             String exerciseId) {
        return commandStructure(operationId, new ForcePlacedUnderAuthority(operationId, coalitionId, forceId, nation,
                "FIGHTER_SQUADRON", 6, "cfacc", degree, List.of(), null, null, null), exerciseId);
    }

    /** A command-structure event of operation {@code operationId}; {@code data} is a contract record. */
    EventEnvelope commandStructure(String operationId, Object data, String exerciseId) {
        return commandStructure(operationId, data, exerciseId, null);
    }

    /**
     * A command-structure event releasable to {@code releasableTo} only (null: every member), recorded, as every event
     * of this class, by an actor of {@link #AUTHOR_NATION}.
     */
    EventEnvelope commandStructure(String operationId, Object data, String exerciseId, List<String> releasableTo) {
        EventEnvelope envelope = releasable(EnvelopeWriter.envelope(CommandStructureEventsV1.SOURCE,
                CommandStructureEventsV1.of(data.getClass()).name(), operationId, next(operationId), data, exerciseId),
                releasableTo);
        writer().send(Topics.COMMAND_STRUCTURE_V1, envelope);
        return envelope;
    }

    /** A basing-logistics event of agreement {@code agreementId}; {@code data} is a contract record. */
    EventEnvelope basing(String agreementId, Object data) {
        return basing(agreementId, data, null);
    }

    /** A basing-logistics event releasable to {@code releasableTo} only (null: every member). */
    EventEnvelope basing(String agreementId, Object data, List<String> releasableTo) {
        EventEnvelope envelope = releasable(EnvelopeWriter.envelope(BasingLogisticsEventsV1.SOURCE,
                BasingLogisticsEventsV1.of(data.getClass()).name(), agreementId, next(agreementId), data, null),
                releasableTo);
        writer().send(Topics.BASING_LOGISTICS_V1, envelope);
        return envelope;
    }

    /** The nation of the actor who records the hand-built events ({@link EnvelopeWriter#envelope}). */
    static final String AUTHOR_NATION = "USA";

    private static EventEnvelope releasable(EventEnvelope e, List<String> releasableTo) {
        if (releasableTo == null) {
            return e;
        }
        return new EventEnvelope(e.id(), e.type(), e.schemaVersion(), e.source(), e.subject(), e.subjectType(),
                e.sequence(), e.recordedTime(), e.effectiveTime(), e.gameTime(), e.correlationId(), e.causationId(),
                e.actor(), e.rationale(), e.authority(), e.exerciseId(), releasableTo, e.hash(), e.data());
    }

    /** Publishes an envelope again, exactly as before: what an at-least-once delivery may do. */
    void redeliver(String topic, EventEnvelope envelope) {
        writer().send(topic, envelope);
    }

    private long next(String subject) {
        return sequences.merge(subject, 1L, Long::sum) - 1;
    }
}
