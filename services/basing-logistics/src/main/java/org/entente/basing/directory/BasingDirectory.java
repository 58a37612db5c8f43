package org.entente.basing.directory;

import org.entente.basing.route.RouteBases;
import org.entente.basing.sustainment.SustainmentRouting;
import org.entente.basing.theatre.Activity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each record of this service stands now, in the service's own tables (see V2_1__basing_directory.sql): what
 * reactions and command handlers look up, and which records a list read folds. Written only by
 * {@link DirectoryProjection}, in the transaction of the command that changed the record. It holds every record,
 * whatever its releasability, so no read answers a requester from it: a list takes only ids from here and shows each
 * through its filtered history (see BasingQueries).
 */
@Component
public class BasingDirectory implements RouteBases, SustainmentRouting {

    private static final String ENDED_AGREEMENTS = "('REVOKED', 'CLOSED')";

    private final JdbcTemplate jdbc;

    public BasingDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- lookups for command handlers ---------------------------------------------------------------------------

    @Override
    public Optional<RouteBases.Base> viaBase(String agreementId) {
        return agreement(agreementId).map(a -> new RouteBases.Base(a.agreementId(), a.coalitionId(), a.site(),
                a.status().equals("REVOKED") || a.status().equals("CLOSED")));
    }

    @Override
    public Optional<SustainmentRouting.Base> throughBase(String agreementId) {
        return agreement(agreementId).map(a -> new SustainmentRouting.Base(a.agreementId(), a.coalitionId(),
                a.site(), a.status().equals("IN_FORCE"), a.activities(), a.validFrom(), a.validUntil()));
    }

    @Override
    public Optional<SustainmentRouting.Route> alongRoute(String routeId) {
        return jdbc.query("SELECT route_id, coalition_id, name, status, retired, agreement_id "
                        + "FROM supply_route_directory WHERE route_id = ?",
                (rs, i) -> new SustainmentRouting.Route(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(5) || "CLOSED".equals(rs.getString(4)), rs.getString(6)), routeId)
                .stream().findFirst();
    }

    // ---- lookups for reactions and list reads ----------------------------------------------------------------------

    /** Agreements of a coalition hosted by a nation that are not revoked or closed. */
    public List<String> openAgreementsHostedBy(String coalitionId, String hostNation) {
        return jdbc.queryForList("SELECT agreement_id FROM basing_agreement_directory WHERE coalition_id = ? "
                        + "AND host_nation = ? AND status NOT IN " + ENDED_AGREEMENTS
                        + " ORDER BY registered_at, agreement_id", String.class, coalitionId, hostNation);
    }

    public List<String> openAgreements(String coalitionId) {
        return jdbc.queryForList("SELECT agreement_id FROM basing_agreement_directory WHERE coalition_id = ? "
                + "AND status NOT IN " + ENDED_AGREEMENTS + " ORDER BY registered_at, agreement_id", String.class,
                coalitionId);
    }

    public List<String> agreements(String coalitionId) {
        return jdbc.queryForList("SELECT agreement_id FROM basing_agreement_directory WHERE coalition_id = ? "
                + "ORDER BY registered_at, agreement_id", String.class, coalitionId);
    }

    /** Clearances of a coalition granted or pending by a state. */
    public List<String> liveClearancesGrantedBy(String coalitionId, String grantingNation) {
        return jdbc.queryForList("SELECT clearance_id FROM clearance_directory WHERE coalition_id = ? "
                        + "AND granting_nation = ? AND status IN ('REQUESTED', 'GRANTED') "
                        + "ORDER BY registered_at, clearance_id", String.class, coalitionId, grantingNation);
    }

    public List<String> unendedClearances(String coalitionId) {
        return jdbc.queryForList("SELECT clearance_id FROM clearance_directory WHERE coalition_id = ? "
                + "AND status NOT IN ('DENIED', 'EXPIRED', 'CLOSED') ORDER BY registered_at, clearance_id",
                String.class, coalitionId);
    }

    /** Clearances of a coalition in which a nation is the user, the granting state, or either. */
    public List<String> clearancesOf(String nation, ClearanceRole role, String coalitionId) {
        String who = switch (role) {
            case USER -> "user_nation = ?";
            case GRANTING -> "granting_nation = ?";
            case EITHER -> "(user_nation = ? OR granting_nation = ?)";
        };
        List<Object> args = new ArrayList<>();
        args.add(nation);
        if (role == ClearanceRole.EITHER) {
            args.add(nation);
        }
        args.add(coalitionId);
        return jdbc.queryForList("SELECT clearance_id FROM clearance_directory WHERE " + who + " AND coalition_id = ?"
                + " ORDER BY registered_at, clearance_id", String.class, args.toArray());
    }

    public List<String> routes(String coalitionId) {
        return jdbc.queryForList("SELECT route_id FROM supply_route_directory WHERE coalition_id = ? "
                + "ORDER BY registered_at, route_id", String.class, coalitionId);
    }

    public List<String> unretiredRoutes(String coalitionId) {
        return jdbc.queryForList("SELECT route_id FROM supply_route_directory WHERE coalition_id = ? "
                + "AND retired = ? ORDER BY registered_at, route_id", String.class, coalitionId, false);
    }

    public List<String> sustainmentRequests(String coalitionId) {
        return jdbc.queryForList("SELECT request_id FROM sustainment_directory WHERE coalition_id = ? "
                + "ORDER BY registered_at, request_id", String.class, coalitionId);
    }

    public List<String> openSustainmentRequests(String coalitionId) {
        return jdbc.queryForList("SELECT request_id FROM sustainment_directory WHERE coalition_id = ? "
                + "AND status NOT IN ('FULFILLED', 'CLOSED') ORDER BY registered_at, request_id", String.class,
                coalitionId);
    }

    /**
     * A request that goes through a base: one that names the agreement itself ({@code routeId} null), or one along a
     * route that runs via the agreement's site ({@code routeId} that route).
     */
    public record Routed(String requestId, String routeId) {
    }

    /**
     * Requests still open that are routed through the agreement's site, by naming it or along a route via it, and were
     * registered by {@code by}; each once (as naming the agreement, if it does both).
     */
    public List<Routed> openSustainmentThrough(String agreementId, Instant by) {
        return jdbc.query("SELECT s.request_id, CASE WHEN s.agreement_id = ? THEN NULL ELSE s.route_id END "
                        + "FROM sustainment_directory s LEFT JOIN supply_route_directory r ON r.route_id = s.route_id "
                        + "WHERE (s.agreement_id = ? OR r.agreement_id = ?) "
                        + "AND s.status NOT IN ('FULFILLED', 'CLOSED') AND s.registered_at <= ? "
                        + "ORDER BY s.registered_at, s.request_id",
                (rs, i) -> new Routed(rs.getString(1), rs.getString(2)), agreementId, agreementId, agreementId,
                utc(by));
    }

    /** Whether the agreement is in force and permits logistics now. */
    public boolean permitsLogisticsNow(String agreementId) {
        return agreement(agreementId).filter(a -> a.status().equals("IN_FORCE"))
                .filter(a -> a.activities().contains(Activity.LOGISTICS)).isPresent();
    }

    public enum ClearanceRole {
        USER, GRANTING, EITHER
    }

    // ---- kept by the projection ----------------------------------------------------------------------------------

    void agreementRequested(String agreementId, String coalitionId, String hostNation, String site, String status,
                            List<Activity> activities, Instant validFrom, Instant validUntil, Instant at) {
        jdbc.update("INSERT INTO basing_agreement_directory (agreement_id, coalition_id, host_nation, site, status, "
                        + "permitted_activities, valid_from, valid_until, registered_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", agreementId, coalitionId, hostNation, site, status,
                join(activities), utcOrNull(validFrom), utcOrNull(validUntil), utc(at));
    }

    /** An event that does not carry validFrom (recorded before every event did) leaves the known one. */
    void agreementChanged(String agreementId, String status, List<Activity> activities, Instant validFrom,
                          Instant validUntil) {
        jdbc.update("UPDATE basing_agreement_directory SET status = ?, permitted_activities = ?, "
                        + "valid_from = COALESCE(?, valid_from), valid_until = ? WHERE agreement_id = ?",
                status, join(activities), utcOrNull(validFrom), utcOrNull(validUntil), agreementId);
    }

    void clearanceRequested(String clearanceId, String coalitionId, String userNation, String grantingNation,
                            String status, Instant at) {
        jdbc.update("INSERT INTO clearance_directory (clearance_id, coalition_id, user_nation, granting_nation, "
                + "status, registered_at) VALUES (?, ?, ?, ?, ?, ?)", clearanceId, coalitionId, userNation,
                grantingNation, status, utc(at));
    }

    void clearanceChanged(String clearanceId, String status) {
        jdbc.update("UPDATE clearance_directory SET status = ? WHERE clearance_id = ?", status, clearanceId);
    }

    void routeOpened(String routeId, String coalitionId, String name, String agreementId, String status, Instant at) {
        jdbc.update("INSERT INTO supply_route_directory (route_id, coalition_id, name, agreement_id, status, retired, "
                + "registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)", routeId, coalitionId, name, agreementId, status,
                false, utc(at));
    }

    void routeChanged(String routeId, String status, boolean retired) {
        jdbc.update("UPDATE supply_route_directory SET status = ?, retired = ? WHERE route_id = ?", status, retired,
                routeId);
    }

    void sustainmentRequested(String requestId, String coalitionId, String agreementId, String routeId, String status,
                              Instant at) {
        jdbc.update("INSERT INTO sustainment_directory (request_id, coalition_id, agreement_id, route_id, status, "
                + "registered_at) VALUES (?, ?, ?, ?, ?, ?)", requestId, coalitionId, agreementId, routeId, status,
                utc(at));
    }

    void sustainmentChanged(String requestId, String status) {
        jdbc.update("UPDATE sustainment_directory SET status = ? WHERE request_id = ?", status, requestId);
    }

    private Optional<AgreementRow> agreement(String agreementId) {
        return jdbc.query("SELECT agreement_id, coalition_id, site, status, permitted_activities, valid_from, "
                        + "valid_until FROM basing_agreement_directory WHERE agreement_id = ?",
                (rs, i) -> new AgreementRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        split(rs.getString(5)), instant(rs.getObject(6, OffsetDateTime.class)),
                        instant(rs.getObject(7, OffsetDateTime.class))), agreementId).stream().findFirst();
    }

    private record AgreementRow(String agreementId, String coalitionId, String site, String status,
                                Set<Activity> activities, Instant validFrom, Instant validUntil) {
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String join(List<Activity> activities) {
        return activities.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<Activity> split(String activities) {
        Set<Activity> set = EnumSet.noneOf(Activity.class);
        if (!activities.isEmpty()) {
            Arrays.stream(activities.split(",")).map(Activity::valueOf).forEach(set::add);
        }
        return set;
    }

    private static OffsetDateTime utcOrNull(Instant instant) {
        return instant == null ? null : utc(instant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
