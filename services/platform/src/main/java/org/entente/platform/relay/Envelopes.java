package org.entente.platform.relay;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.contracts.Actor;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EnvelopeHeaders;
import org.entente.contracts.EventEnvelope;
import org.entente.platform.decision.Decision;
import org.entente.platform.decision.DecisionMetadata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds the public envelope of a stored event and the Kafka record that carries it. */
public final class Envelopes {

    private Envelopes() {
    }

    public static EventEnvelope envelope(DomainEventMessage<?> event, PublicEvent publicEvent, String source) {
        Decision decision = Decision.from(event.getMetaData());
        Instant recorded = event.getTimestamp();
        Object hash = event.getMetaData().get(DecisionMetadata.HASH);
        return new EventEnvelope(
                event.getIdentifier(),
                publicEvent.type().name(),
                publicEvent.type().schemaVersion(),
                source,
                event.getAggregateIdentifier(),
                event.getType(),
                event.getSequenceNumber(),
                recorded,
                decision.effectiveTime() == null ? recorded : decision.effectiveTime(),
                decision.gameTime(),
                decision.correlationId(),
                decision.causationId(),
                new Actor(decision.actor(), decision.actorNation(), decision.actorRoles()),
                decision.rationale(),
                decision.authority(),
                decision.exerciseId(),
                decision.releasableTo(),
                hash == null ? null : hash.toString(),
                EnvelopeCodec.toData(publicEvent.data()));
    }

    /** Key = the subject (aggregate id), so one aggregate's events keep their order on one partition. */
    public static ProducerRecord<String, byte[]> record(String topic, EventEnvelope envelope) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, EnvelopeHeaders.SPEC_VERSION, EnvelopeHeaders.CLOUDEVENTS_SPEC_VERSION);
        header(headers, EnvelopeHeaders.ID, envelope.id());
        header(headers, EnvelopeHeaders.TYPE, envelope.type());
        header(headers, EnvelopeHeaders.SOURCE, envelope.source());
        header(headers, EnvelopeHeaders.TIME, envelope.recordedTime().toString());
        header(headers, EnvelopeHeaders.SUBJECT, envelope.subject());
        header(headers, EnvelopeHeaders.CONTENT_TYPE, EnvelopeHeaders.JSON);
        header(headers, EnvelopeHeaders.SCHEMA_VERSION, Integer.toString(envelope.schemaVersion()));
        header(headers, EnvelopeHeaders.SEQUENCE, Long.toString(envelope.sequence()));
        header(headers, EnvelopeHeaders.EFFECTIVE_TIME, envelope.effectiveTime().toString());
        header(headers, EnvelopeHeaders.CORRELATION_ID, envelope.correlationId());
        header(headers, EnvelopeHeaders.CAUSATION_ID, envelope.causationId());
        header(headers, EnvelopeHeaders.EXERCISE_ID, envelope.exerciseId());
        return new ProducerRecord<>(topic, null, envelope.subject(), EnvelopeCodec.encode(envelope), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
