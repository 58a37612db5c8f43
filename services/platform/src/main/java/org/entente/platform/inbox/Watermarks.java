package org.entente.platform.inbox;

import org.entente.contracts.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
        jdbc.update("INSERT INTO inbox_dead_letter (event_id, source, subject, sequence_number, event_type, topic, "
                        + "reason, dead_lettered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", event.id(), event.source(),
                event.subject(), event.sequence(), event.type(), topic,
                reason.length() > 2000 ? reason.substring(0, 2000) : reason, Timestamp.from(at));
        return true;
    }

    public List<DeadLetter> deadLetters(int limit) {
        return jdbc.query("SELECT event_id, source, subject, sequence_number, event_type, topic, reason, "
                        + "dead_lettered_at FROM inbox_dead_letter ORDER BY dead_lettered_at DESC "
                        + "FETCH FIRST ? ROWS ONLY",
                (rs, i) -> new DeadLetter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()),
                limit);
    }

    /**
     * The events of {@code subject} (an aggregate of another service) that this service could not process. A read
     * model built from that subject is incomplete while this is not empty, and a decision based on it should say so.
     */
    public List<DeadLetter> deadLettersOf(String subject) {
        return jdbc.query("SELECT event_id, source, subject, sequence_number, event_type, topic, reason, "
                        + "dead_lettered_at FROM inbox_dead_letter WHERE subject = ? ORDER BY sequence_number",
                (rs, i) -> new DeadLetter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()),
                subject);
    }

    /** An event this service's inbox dead-lettered. */
    public record DeadLetter(String eventId, String source, String subject, long sequence, String type, String topic,
                             String reason, Instant at) {
    }

    public long subjects() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_watermark", Long.class);
        return count == null ? 0 : count;
    }
}
