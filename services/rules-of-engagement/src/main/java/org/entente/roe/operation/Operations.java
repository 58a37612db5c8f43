package org.entente.roe.operation;

import org.entente.roe.profile.KnownOperation;
import org.entente.roe.profile.OperationDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Operations and the forces placed under coalition authority in them, as learned from the command-structure topic.
 * Written only by {@link CommandStructureReaction}, inside the inbox transaction; every write is an upsert, so applying
 * the same event twice leaves the same rows.
 */
@Repository
public class Operations implements OperationDirectory {

    private static final RowMapper<KnownOperation> OPERATION = (rs, i) -> new KnownOperation(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getBoolean(4));
    private static final String FORCE_COLUMNS = "operation_id, coalition_id, force_id, nation, force_type, force_size, "
            + "node_id, degree, functions, area, valid_from, valid_until, standing, ended_cause";

    private final JdbcTemplate jdbc;

    public Operations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownOperation> operation(String operationId) {
        return jdbc.query("SELECT operation_id, coalition_id, name, closed FROM roe_operation WHERE operation_id = ?",
                OPERATION, operationId).stream().findFirst();
    }

    @Override
    public List<KnownOperation> ofCoalition(String coalitionId) {
        return jdbc.query("SELECT operation_id, coalition_id, name, closed FROM roe_operation WHERE coalition_id = ? "
                + "ORDER BY operation_id", OPERATION, coalitionId);
    }

    public Optional<ForcePlacement> force(String operationId, String forceId) {
        return jdbc.query("SELECT " + FORCE_COLUMNS + " FROM roe_force WHERE operation_id = ? AND force_id = ?",
                Operations::placement, operationId, forceId).stream().findFirst();
    }

    public List<ForcePlacement> forces(String operationId) {
        return jdbc.query("SELECT " + FORCE_COLUMNS + " FROM roe_force WHERE operation_id = ? ORDER BY force_id",
                Operations::placement, operationId);
    }

    void established(String operationId, String coalitionId, String name) {
        if (jdbc.update("UPDATE roe_operation SET coalition_id = ?, name = ? WHERE operation_id = ?",
                coalitionId, name, operationId) == 0) {
            jdbc.update("INSERT INTO roe_operation (operation_id, coalition_id, name, closed) VALUES (?, ?, ?, ?)",
                    operationId, coalitionId, name, false);
        }
    }

    void closed(String operationId, String coalitionId, String cause) {
        if (jdbc.update("UPDATE roe_operation SET closed = ?, closed_cause = ? WHERE operation_id = ?",
                true, cause, operationId) == 0) {
            jdbc.update("INSERT INTO roe_operation (operation_id, coalition_id, closed, closed_cause) "
                    + "VALUES (?, ?, ?, ?)", operationId, coalitionId, true, cause);
        }
    }

    /** A placement replaces whatever was known of the force in the operation. */
    void placed(ForcePlacement p) {
        jdbc.update("DELETE FROM roe_force WHERE operation_id = ? AND force_id = ?", p.operationId(), p.forceId());
        jdbc.update("INSERT INTO roe_force (" + FORCE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.operationId(), p.coalitionId(), p.forceId(), p.nation(), p.forceType(), p.size(), p.nodeId(),
                p.degree(), String.join(",", p.functions()), p.area(), timestamp(p.from()), timestamp(p.until()),
                p.standing().name(), p.endCause());
    }

    /** A recall or a return ends the placement; the force is remembered so that checks can say what happened. */
    void ended(String operationId, String coalitionId, String forceId, String nation, ForceStanding standing,
               String cause) {
        if (jdbc.update("UPDATE roe_force SET standing = ?, ended_cause = ? WHERE operation_id = ? AND force_id = ?",
                standing.name(), cause, operationId, forceId) == 0) {
            jdbc.update("INSERT INTO roe_force (operation_id, coalition_id, force_id, nation, standing, ended_cause) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", operationId, coalitionId, forceId, nation, standing.name(), cause);
        }
    }

    private static ForcePlacement placement(ResultSet rs, int row) throws SQLException {
        String functions = rs.getString(9);
        Integer size = rs.getObject(6) == null ? null : rs.getInt(6);
        return new ForcePlacement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), size, rs.getString(7), rs.getString(8),
                functions == null || functions.isEmpty() ? List.of() : Arrays.asList(functions.split(",")),
                rs.getString(10), instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)),
                ForceStanding.valueOf(rs.getString(13)), rs.getString(14));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
