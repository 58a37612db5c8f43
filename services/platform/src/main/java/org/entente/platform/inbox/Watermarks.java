package org.entente.platform.inbox;

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

    public long subjects() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_watermark", Long.class);
        return count == null ? 0 : count;
    }
}
