package org.entente.platform.inbox;

import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.nio.charset.StandardCharsets;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The inbox's memory of what it has applied: per source aggregate, the last sequence. Callers hold the transaction. */
public class Watermarks {

    private final JdbcTemplate jdbc;

    public Watermarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last applied sequence of {@code subject}, locking the row against a concurrent consumer. */
    public OptionalLong lastApplied(String source, String subject) {
        List<Long> rows = jdbc.queryForList(
                "SELECT last_sequence FROM inbox_watermark WHERE source = ? AND subject = ? FOR UPDATE",
                Long.class, source, subject);
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0));
    }

    public void advance(String source, String subject, long sequence, String eventId, Instant at) {
        int updated = jdbc.update("UPDATE inbox_watermark SET last_sequence = ?, last_event_id = ?, applied_at = ? "
                + "WHERE source = ? AND subject = ?", sequence, eventId, Timestamp.from(at), source, subject);
        if (updated == 0) {
            jdbc.update("INSERT INTO inbox_watermark (source, subject, last_sequence, last_event_id, applied_at) "
                    + "VALUES (?, ?, ?, ?, ?)", source, subject, sequence, eventId, Timestamp.from(at));
        }
    }

    /**
     * Moves the watermark past an event that went to the dead-letter topic, so later events of its subject still apply,
     * and notes it with the reason. Only the next expected event is passed over; anything else is already covered.
     */
    public boolean passOver(String topic, EventEnvelope event, String reason, Instant at) {
        OptionalLong last = lastApplied(event.source(), event.subject());
        long expected = last.isPresent() ? last.getAsLong() + 1 : 0;
        if (event.sequence() != expected) {
            return false;
        }
        advance(event.source(), event.subject(), event.sequence(), event.id(), at);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM inbox_dead_letter WHERE event_id = ?", Long.class,
                event.id()) > 0) {
            return true; // an id seen before (an impostor may reuse one): noted once, never a reason to loop
        }
        jdbc.update("INSERT INTO inbox_dead_letter (event_id, source, subject, sequence_number, event_type, topic, "
                        + "reason, dead_lettered_at, envelope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", event.id(),
                event.source(), event.subject(), event.sequence(), event.type(), topic,
                PermanentFailure.printable(reason), Timestamp.from(at),
                new String(EnvelopeCodec.encode(event), StandardCharsets.UTF_8));
        return true;
    }

    /** The latest dead letters not yet re-driven, newest first. */
    public List<Redrivable> deadLetters(int limit) {
        return jdbc.query(SELECT_DEAD_LETTER.replace(" FROM", ", envelope FROM") + "WHERE redriven_at IS NULL "
                        + "ORDER BY dead_lettered_at DESC FETCH FIRST ? ROWS ONLY",
                (rs, i) -> new Redrivable(DEAD_LETTER.mapRow(rs, i), rs.getString(9)), limit);
    }

    /** The dead letter of event {@code eventId} and the envelope as it was received, if the inbox kept it. */
    public Optional<Redrivable> deadLetter(String eventId) {
        return jdbc.query(SELECT_DEAD_LETTER.replace(" FROM", ", envelope FROM") + "WHERE event_id = ?",
                (rs, i) -> new Redrivable(DEAD_LETTER.mapRow(rs, i), rs.getString(9)), eventId).stream().findFirst();
    }

    /** Marks a dead letter as re-driven by {@code by}; false if it was not (or no longer) waiting. */
    public boolean redriven(String eventId, Instant at, String by) {
        return jdbc.update("UPDATE inbox_dead_letter SET redriven_at = ?, redriven_by = ? WHERE event_id = ? "
                + "AND redriven_at IS NULL", Timestamp.from(at), by, eventId) == 1;
    }

    /** Notes why a re-drive failed; the dead letter stays waiting. */
    public void redriveFailed(String eventId, String reason) {
        jdbc.update("UPDATE inbox_dead_letter SET reason = ? WHERE event_id = ? AND redriven_at IS NULL",
                PermanentFailure.printable(reason), eventId);
    }

    /**
     * The events of {@code subject} (an aggregate of another service) that this service could not process. A read
     * model built from that subject is incomplete while this is not empty, and a decision based on it should say so.
     */
    public List<DeadLetter> deadLettersOf(String subject) {
        return jdbc.query(SELECT_DEAD_LETTER + "WHERE subject = ? AND redriven_at IS NULL ORDER BY sequence_number",
                DEAD_LETTER, subject);
    }

    /** An event this service's inbox dead-lettered. */
    public record DeadLetter(String eventId, String source, String subject, long sequence, String type, String topic,
                             String reason, Instant at) {
    }

    /** A dead letter with the envelope as received (null for one dead-lettered before envelopes were kept). */
    public record Redrivable(DeadLetter deadLetter, String envelope) {
    }

    private static final String SELECT_DEAD_LETTER = "SELECT event_id, source, subject, sequence_number, event_type, "
            + "topic, reason, dead_lettered_at FROM inbox_dead_letter ";

    private static final RowMapper<DeadLetter> DEAD_LETTER = (rs, i) -> new DeadLetter(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getTimestamp(8).toInstant());

    public long subjects() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_watermark", Long.class);
        return count == null ? 0 : count;
    }
}
