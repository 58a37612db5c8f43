package org.entente.roe.basing;

import org.entente.platform.decision.Actor;
import org.entente.roe.inbox.Releasable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Basing agreements as learned from the basing-logistics topic; written only by {@link BasingReaction}.
 * <p>
 * Two forms of the same knowledge: the current view of each agreement ({@code roe_base}), and every view an event
 * brought with whom that event was releasable to ({@code roe_base_fact}), from which {@link #asSeenBy} picks what one
 * reader may see.
 */
@Repository
public class Bases implements AgreementViews {

    private static final String COLUMNS = "agreement_id, coalition_id, host_nation, site, status, "
            + "permitted_activities, valid_until, last_event, valid_from";

    private final JdbcTemplate jdbc;

    public Bases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The agreement's current view, as the latest event brought it: for the service's own work. */
    public Optional<BaseAgreement> agreement(String agreementId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM roe_base WHERE agreement_id = ?", Bases::agreement, agreementId)
                .stream().findFirst();
    }

    /**
     * The agreement as {@code reader} may see it (null: the service's own work, which sees everything): the view of
     * the latest event releasable to them. As with a record of this service's own, an agreement whose first event
     * they may not see does not exist for them; a later event they may not see (a restriction, a suspension) is not
     * reflected.
     */
    public Optional<BaseAgreement> asSeenBy(String agreementId, Actor reader) {
        List<Seen> views = jdbc.query("SELECT " + COLUMNS + ", releasable_to, actor_nation FROM roe_base_fact "
                + "WHERE agreement_id = ? ORDER BY fact_no", (rs, i) -> new Seen(agreement(rs, i),
                Releasable.stored(rs.getString(10), rs.getString(11))), agreementId);
        if (views.isEmpty() || !views.get(0).release().visibleTo(reader)) {
            return Optional.empty();
        }
        return views.stream().filter(view -> view.release().visibleTo(reader)).reduce((earlier, later) -> later)
                .map(Seen::agreement);
    }

    @Override
    public void upsert(String eventId, Releasable release, BaseAgreement agreement) {
        Object[] values = {agreement.coalitionId(), agreement.hostNation(), agreement.site(), agreement.status(),
                String.join(",", agreement.permittedActivities()),
                agreement.validUntil() == null ? null : Timestamp.from(agreement.validUntil()), agreement.lastEvent(),
                agreement.validFrom() == null ? null : Timestamp.from(agreement.validFrom()), agreement.agreementId()};
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM roe_base_fact WHERE event_id = ?", Integer.class,
                eventId);
        if (known == null || known == 0) {
            jdbc.update("INSERT INTO roe_base_fact (coalition_id, host_nation, site, status, permitted_activities, "
                    + "valid_until, last_event, valid_from, agreement_id, event_id, releasable_to, actor_nation) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values[0], values[1], values[2], values[3],
                    values[4], values[5], values[6], values[7], values[8], eventId, release.column(),
                    release.actorNation());
        }
        if (jdbc.update("UPDATE roe_base SET coalition_id = ?, host_nation = ?, site = ?, status = ?, "
                + "permitted_activities = ?, valid_until = ?, last_event = ?, valid_from = ? WHERE agreement_id = ?",
                values) == 0) {
            jdbc.update("INSERT INTO roe_base (coalition_id, host_nation, site, status, permitted_activities, "
                    + "valid_until, last_event, valid_from, agreement_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
    }

    private static BaseAgreement agreement(ResultSet rs, int row) throws SQLException {
        String activities = rs.getString(6);
        Timestamp until = rs.getTimestamp(7);
        Timestamp from = rs.getTimestamp(9);
        return new BaseAgreement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                activities == null || activities.isEmpty() ? List.of() : Arrays.asList(activities.split(",")),
                until == null ? null : until.toInstant(), from == null ? null : from.toInstant(), rs.getString(8));
    }

    private record Seen(BaseAgreement agreement, Releasable release) {
    }
}
