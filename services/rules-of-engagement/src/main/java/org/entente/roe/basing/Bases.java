package org.entente.roe.basing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Basing agreements as learned from the basing-logistics topic; written only by {@link BasingReaction}. */
@Repository
public class Bases {

    private final JdbcTemplate jdbc;

    public Bases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BaseAgreement> agreement(String agreementId) {
        return jdbc.query("SELECT agreement_id, coalition_id, host_nation, site, status, permitted_activities, "
                        + "valid_until, last_event, valid_from FROM roe_base WHERE agreement_id = ?",
                (rs, i) -> {
                    String activities = rs.getString(6);
                    Timestamp until = rs.getTimestamp(7);
                    Timestamp from = rs.getTimestamp(9);
                    return new BaseAgreement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), activities == null || activities.isEmpty() ? List.of()
                            : Arrays.asList(activities.split(",")),
                            until == null ? null : until.toInstant(), from == null ? null : from.toInstant(),
                            rs.getString(8));
                }, agreementId).stream().findFirst();
    }

    /** Replaces the agreement's view with the one the latest event carries. */
    void upsert(BaseAgreement agreement) {
        Object[] values = {agreement.coalitionId(), agreement.hostNation(), agreement.site(), agreement.status(),
                String.join(",", agreement.permittedActivities()),
                agreement.validUntil() == null ? null : Timestamp.from(agreement.validUntil()), agreement.lastEvent(),
                agreement.validFrom() == null ? null : Timestamp.from(agreement.validFrom()), agreement.agreementId()};
        if (jdbc.update("UPDATE roe_base SET coalition_id = ?, host_nation = ?, site = ?, status = ?, "
                + "permitted_activities = ?, valid_until = ?, last_event = ?, valid_from = ? WHERE agreement_id = ?",
                values) == 0) {
            jdbc.update("INSERT INTO roe_base (coalition_id, host_nation, site, status, permitted_activities, "
                    + "valid_until, last_event, valid_from, agreement_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
    }
}
