package org.entente.roe.operation;

import org.entente.platform.decision.Actor;
import org.entente.roe.inbox.Releasable;
import org.entente.roe.profile.KnownOperation;
import org.entente.roe.profile.OperationDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Operations and the forces placed under coalition authority in them, as learned from the command-structure topic.
 * Written only by {@link CommandStructureReaction}, inside the inbox transaction; every write is an upsert, so applying
 * the same event twice leaves the same rows.
 * <p>
 * Two forms of the same knowledge: the current state ({@code roe_operation}, {@code roe_force}) for the service's own
 * work (the directory its aggregates and cascades ask), and every fact with whom its event was releasable to
 * ({@code roe_operation_fact}), from which {@link #asSeenBy} folds what one reader may see.
 */
@Repository
public class Operations implements OperationDirectory, OperationFacts {

    private static final RowMapper<KnownOperation> OPERATION = (rs, i) -> new KnownOperation(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getBoolean(4));
    private static final String FORCE_COLUMNS = "operation_id, coalition_id, force_id, nation, force_type, force_size, "
            + "node_id, degree, functions, area, valid_from, valid_until, standing, ended_cause";

    private static final String FACT_COLUMNS = "kind, coalition_id, name, cause, force_id, nation, force_type, "
            + "force_size, node_id, degree, functions, area, valid_from, valid_until, standing, releasable_to, "
            + "actor_nation";

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

    /**
     * The operation and its forces as {@code reader} may see them (null: the service's own work, which sees
     * everything), folded from the facts in the order they were applied. As with a record of this service's own, an
     * operation whose first fact the reader may not see does not exist for them, nor does a force whose first fact
     * (its placement) they may not see; of the others, the facts they may not see are left out: a restricted closure
     * or recall is not reflected.
     */
    public Optional<OperationAsKnown> asSeenBy(String operationId, Actor reader) {
        List<Fact> facts = jdbc.query("SELECT " + FACT_COLUMNS + ", operation_id FROM roe_operation_fact "
                + "WHERE operation_id = ? ORDER BY fact_no", Operations::fact, operationId);
        if (facts.isEmpty() || !facts.get(0).release().visibleTo(reader)) {
            return Optional.empty();
        }
        KnownOperation operation = null;
        Set<String> forcesMet = new HashSet<>();
        Set<String> forcesHidden = new HashSet<>();
        Map<String, ForcePlacement> forces = new TreeMap<>();
        for (Fact fact : facts) {
            boolean visible = fact.release().visibleTo(reader);
            if (fact.force() == null) {
                if (visible) {
                    operation = fact.kind() == Kind.OPERATION_ESTABLISHED
                            ? new KnownOperation(operationId, fact.coalitionId(), fact.name(),
                            operation != null && operation.closed())
                            : new KnownOperation(operationId, operation == null ? fact.coalitionId()
                            : operation.coalitionId(), operation == null ? null : operation.name(), true);
                }
                continue;
            }
            String forceId = fact.force().forceId();
            if (forcesMet.add(forceId) && !visible) {
                forcesHidden.add(forceId);
            }
            if (!visible || forcesHidden.contains(forceId)) {
                continue;
            }
            ForcePlacement known = forces.get(forceId);
            forces.put(forceId, fact.kind() == Kind.FORCE_PLACED || known == null ? fact.force()
                    : new ForcePlacement(known.operationId(), known.coalitionId(), known.forceId(), known.nation(),
                    known.forceType(), known.size(), known.nodeId(), known.degree(), known.functions(), known.area(),
                    known.from(), known.until(), fact.force().standing(), fact.force().endCause()));
        }
        return operation == null ? Optional.empty()
                : Optional.of(new OperationAsKnown(operation, new ArrayList<>(forces.values())));
    }

    @Override
    public void established(String eventId, Releasable release, String operationId, String coalitionId, String name) {
        fact(eventId, operationId, release, Kind.OPERATION_ESTABLISHED, coalitionId, name, null, null);
        if (jdbc.update("UPDATE roe_operation SET coalition_id = ?, name = ? WHERE operation_id = ?",
                coalitionId, name, operationId) == 0) {
            jdbc.update("INSERT INTO roe_operation (operation_id, coalition_id, name, closed) VALUES (?, ?, ?, ?)",
                    operationId, coalitionId, name, false);
        }
    }

    @Override
    public void closed(String eventId, Releasable release, String operationId, String coalitionId, String cause) {
        fact(eventId, operationId, release, Kind.OPERATION_CLOSED, coalitionId, null, cause, null);
        if (jdbc.update("UPDATE roe_operation SET closed = ?, closed_cause = ? WHERE operation_id = ?",
                true, cause, operationId) == 0) {
            jdbc.update("INSERT INTO roe_operation (operation_id, coalition_id, closed, closed_cause) "
                    + "VALUES (?, ?, ?, ?)", operationId, coalitionId, true, cause);
        }
    }

    @Override
    public void placed(String eventId, Releasable release, ForcePlacement p) {
        fact(eventId, p.operationId(), release, Kind.FORCE_PLACED, p.coalitionId(), null, p.endCause(), p);
        jdbc.update("DELETE FROM roe_force WHERE operation_id = ? AND force_id = ?", p.operationId(), p.forceId());
        jdbc.update("INSERT INTO roe_force (" + FORCE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.operationId(), p.coalitionId(), p.forceId(), p.nation(), p.forceType(), p.size(), p.nodeId(),
                p.degree(), String.join(",", p.functions()), p.area(), timestamp(p.from()), timestamp(p.until()),
                p.standing().name(), p.endCause());
    }

    @Override
    public void ended(String eventId, Releasable release, String operationId, String coalitionId, String forceId,
                      String nation, ForceStanding standing, String cause) {
        fact(eventId, operationId, release, Kind.FORCE_ENDED, coalitionId, null, cause,
                new ForcePlacement(operationId, coalitionId, forceId, nation, null, null, null, null, List.of(), null,
                        null, null, standing, cause));
        if (jdbc.update("UPDATE roe_force SET standing = ?, ended_cause = ? WHERE operation_id = ? AND force_id = ?",
                standing.name(), cause, operationId, forceId) == 0) {
            jdbc.update("INSERT INTO roe_force (operation_id, coalition_id, force_id, nation, standing, ended_cause) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", operationId, coalitionId, forceId, nation, standing.name(), cause);
        }
    }

    /** Keeps the fact once, whatever the redeliveries. */
    private void fact(String eventId, String operationId, Releasable release, Kind kind, String coalitionId,
                      String name, String cause, ForcePlacement force) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM roe_operation_fact WHERE event_id = ?",
                Integer.class, eventId);
        if (known != null && known > 0) {
            return;
        }
        jdbc.update("INSERT INTO roe_operation_fact (event_id, operation_id, " + FACT_COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                eventId, operationId, kind.name(), coalitionId, name, cause,
                force == null ? null : force.forceId(), force == null ? null : force.nation(),
                force == null ? null : force.forceType(), force == null ? null : force.size(),
                force == null ? null : force.nodeId(), force == null ? null : force.degree(),
                force == null ? null : String.join(",", force.functions()), force == null ? null : force.area(),
                force == null ? null : timestamp(force.from()), force == null ? null : timestamp(force.until()),
                force == null ? null : force.standing().name(), release.column(), release.actorNation());
    }

    private static Fact fact(ResultSet rs, int row) throws SQLException {
        Kind kind = Kind.valueOf(rs.getString(1));
        String coalitionId = rs.getString(2);
        Releasable release = Releasable.stored(rs.getString(16), rs.getString(17));
        if (kind == Kind.OPERATION_ESTABLISHED || kind == Kind.OPERATION_CLOSED) {
            return new Fact(kind, coalitionId, rs.getString(3), null, release);
        }
        String functions = rs.getString(11);
        Integer size = rs.getObject(8) == null ? null : rs.getInt(8);
        return new Fact(kind, coalitionId, null, new ForcePlacement(rs.getString(18), coalitionId, rs.getString(5),
                rs.getString(6), rs.getString(7), size, rs.getString(9), rs.getString(10),
                functions == null || functions.isEmpty() ? List.of() : Arrays.asList(functions.split(",")),
                rs.getString(12), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)),
                ForceStanding.valueOf(rs.getString(15)), rs.getString(4)), release);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private enum Kind {
        OPERATION_ESTABLISHED, OPERATION_CLOSED, FORCE_PLACED, FORCE_ENDED
    }

    /** One fact of the operation: of the operation itself ({@code force} null), or of one of its forces. */
    private record Fact(Kind kind, String coalitionId, String name, ForcePlacement force, Releasable release) {
    }
}
