package org.entente.contracts;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * The public form of one event, as published on Kafka (record value, JSON). Its attributes are also sent as
 * CloudEvents-style record headers ({@link EnvelopeHeaders}) so that routers and dashboards can filter without parsing.
 *
 * @param id            the event's id; unique for ever, and what consumers de-duplicate by
 * @param type          the event type, e.g. {@code entente.membership.PledgeMade}
 * @param schemaVersion the version of {@code data}'s schema for this type
 * @param source        the publishing service, e.g. {@code /entente/membership}
 * @param subject       the aggregate the event belongs to (the Kafka record key), e.g. a coalition id
 * @param subjectType   the kind of aggregate, e.g. {@code Coalition}
 * @param sequence      the event's position in its subject's history, from 0, without gaps
 * @param recordedTime  when the event was stored
 * @param effectiveTime when what it states became true in the world (backdated entries differ from recordedTime)
 * @param gameTime      exercise time, set by the server from the exercise clock; null outside exercises
 * @param correlationId the root decision this event descends from
 * @param causationId   the direct cause: the command, or an event of another service
 * @param actor         who decided
 * @param rationale     why, as the actor said
 * @param authority     on whose authority (a reference: a resolution, an order, a council decision)
 * @param exerciseId    the exercise the subject belongs to; null for real-world records
 * @param releasableTo  nations this event may be shown to; {@link #ALL_MEMBERS} alone means every member
 * @param hash          SHA-256 chaining this event to the previous event of the same subject (hex)
 * @param data          the event itself, a JSON object of the schema {@code type}/{@code schemaVersion}
 */
public record EventEnvelope(
        String id,
        String type,
        int schemaVersion,
        String source,
        String subject,
        String subjectType,
        long sequence,
        Instant recordedTime,
        Instant effectiveTime,
        Instant gameTime,
        String correlationId,
        String causationId,
        Actor actor,
        String rationale,
        String authority,
        String exerciseId,
        List<String> releasableTo,
        String hash,
        JsonNode data) {

    /** The releasability marker for "every member of the coalition". */
    public static final String ALL_MEMBERS = "ALL_MEMBERS";

    public EventEnvelope {
        releasableTo = releasableTo == null ? List.of(ALL_MEMBERS) : List.copyOf(releasableTo);
    }
}
