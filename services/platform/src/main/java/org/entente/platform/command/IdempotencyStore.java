package org.entente.platform.command;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the response to each command sent with an {@code Idempotency-Key}, so that a retried POST records once and
 * gets the first answer again. Within the command's own transaction the key is first reserved — a concurrent retry
 * then waits on that row and, once the first commits, finds the key taken — and completed with the response after the
 * events are appended. Either the events and the completed record both exist, or neither does.
 */
public class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The stored response, once a command with this key has committed. */
    public Optional<StoredResponse> find(String key) {
        List<StoredResponse> found = jdbc.query(
                "SELECT request_fingerprint, status, location, etag, body FROM idempotency_record "
                        + "WHERE idempotency_key = ? AND status IS NOT NULL",
                (rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)),
                key);
        return found.stream().findFirst();
    }

    /** Takes the key in the caller's transaction; a concurrent holder makes this wait, then fail as a duplicate. */
    void reserve(String key, String fingerprint) {
        jdbc.update("INSERT INTO idempotency_record (idempotency_key, request_fingerprint, recorded_at) VALUES (?, ?, ?)",
                key, fingerprint, Timestamp.from(clock.instant()));
    }

    /** Completes a reserved key with the response, in the same transaction. */
    void complete(String key, StoredResponse response) {
        jdbc.update("UPDATE idempotency_record SET status = ?, location = ?, etag = ?, body = ? WHERE idempotency_key = ?",
                response.status(), response.location(), response.etag(), response.body(), key);
    }

    /** What was answered the first time, and a fingerprint of the request it answered. */
    public record StoredResponse(String fingerprint, int status, String location, String etag, String body) {
    }
}
