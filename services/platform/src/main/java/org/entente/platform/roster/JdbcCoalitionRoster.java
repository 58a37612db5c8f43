package org.entente.platform.roster;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Optional;

/** The roster in the service's own database (tables roster_coalition and roster_nation). */
public class JdbcCoalitionRoster implements CoalitionRoster {

    private final JdbcTemplate jdbc;

    public JdbcCoalitionRoster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownCoalition> coalition(String coalitionId) {
        return jdbc.query("SELECT coalition_id, name, exercise_id, dissolved FROM roster_coalition WHERE coalition_id = ?",
                (rs, i) -> new KnownCoalition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)),
                coalitionId).stream().findFirst();
    }

    @Override
    public Standing standing(String coalitionId, String nation) {
        List<String> rows = jdbc.queryForList(
                "SELECT standing FROM roster_nation WHERE coalition_id = ? AND nation = ?", String.class,
                coalitionId, nation);
        return rows.isEmpty() ? Standing.UNKNOWN : Standing.valueOf(rows.get(0));
    }

    @Override
    public Optional<String> partnerRole(String coalitionId, String nation) {
        return jdbc.queryForList("SELECT partner_role FROM roster_nation WHERE coalition_id = ? AND nation = ? "
                        + "AND standing = ?", String.class, coalitionId, nation, Standing.PARTNER.name())
                .stream().filter(role -> role != null).findFirst();
    }

    @Override
    public List<String> nations(String coalitionId, Standing standing) {
        return jdbc.queryForList("SELECT nation FROM roster_nation WHERE coalition_id = ? AND standing = ? "
                + "ORDER BY nation", String.class, coalitionId, standing.name());
    }

    void coalitionFormed(String coalitionId, String name, String exerciseId) {
        if (jdbc.update("UPDATE roster_coalition SET name = ?, exercise_id = ? WHERE coalition_id = ?",
                name, exerciseId, coalitionId) == 0) {
            jdbc.update("INSERT INTO roster_coalition (coalition_id, name, exercise_id, dissolved) VALUES (?, ?, ?, ?)",
                    coalitionId, name, exerciseId, false);
        }
    }

    void coalitionDissolved(String coalitionId) {
        jdbc.update("UPDATE roster_coalition SET dissolved = ? WHERE coalition_id = ?", true, coalitionId);
    }

    void stand(String coalitionId, String nation, Standing standing, String partnerRole) {
        if (jdbc.update("UPDATE roster_nation SET standing = ?, partner_role = ? WHERE coalition_id = ? AND nation = ?",
                standing.name(), partnerRole, coalitionId, nation) == 0) {
            jdbc.update("INSERT INTO roster_nation (coalition_id, nation, standing, partner_role) VALUES (?, ?, ?, ?)",
                    coalitionId, nation, standing.name(), partnerRole);
        }
    }
}
