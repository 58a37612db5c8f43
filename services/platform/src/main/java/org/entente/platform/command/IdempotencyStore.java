package org.entente.platform.command;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the response to each command sent with an {@code Idempotency-Key}, so that a retried POST records once and
 * gets the first answer again. A record is written in the same transaction as the command's events (see
 * {@link DispatchContextInterceptor}): either both exist or neither does.
 */
public class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<StoredResponse> find(String key) {
        List<StoredResponse> found = jdbc.query(
                "SELECT request_fingerprint, status, location, etag, body FROM idempotency_record WHERE idempotency_key = ?",
                (rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)),
                key);
        return found.stream().findFirst();
    }

    /** Inserts in the caller's transaction; a concurrent duplicate fails on the primary key and rolls back. */
    void insert(String key, StoredResponse response) {
        jdbc.update("INSERT INTO idempotency_record (idempotency_key, request_fingerprint, status, location, etag, body, "
                        + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                key, response.fingerprint(), response.status(), response.location(), response.etag(), response.body(),
                Timestamp.from(clock.instant()));
    }

    /** What was answered the first time, and a fingerprint of the request it answered. */
    public record StoredResponse(String fingerprint, int status, String location, String etag, String body) {
    }
}
