package org.entente.testing;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.PartnerAssociated;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a consumer's tables hold whatever the public contracts allow: each text column fed from another service's
 * topic is declared with the contract component it stores, and must be at least as wide as that component's
 * {@link Bounded} bound (a list joined into one column: every item at its longest, with separators). Every text column
 * of the tables named must be declared — fed from a contract, or the service's own — so a new column cannot slip by.
 */
public final class ConsumerColumns {

    private final JdbcTemplate jdbc;
    private final Map<String, Integer> needed = new LinkedHashMap<>();
    private final Map<String, String> own = new LinkedHashMap<>();

    public ConsumerColumns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The platform's tables in every reacting service: the roster (from membership) and the inbox's own. */
    public static final String[] PLATFORM_TABLES = {"roster_coalition", "roster_nation", "inbox_watermark",
            "inbox_dead_letter"};

    /** Declares the columns of {@link #PLATFORM_TABLES}. */
    public ConsumerColumns platformTables() {
        return stores("roster_coalition.coalition_id", CoalitionFormed.class, "coalitionId")
                .stores("roster_coalition.name", CoalitionFormed.class, "name")
                .stores("roster_coalition.exercise_id", CoalitionFormed.class, "exerciseId")
                .stores("roster_nation.coalition_id", MemberAdmitted.class, "coalitionId")
                .stores("roster_nation.nation", MemberAdmitted.class, "nation")
                .stores("roster_nation.partner_role", PartnerAssociated.class, "role")
                .own("roster_nation.standing", "the roster's standing of a nation")
                .storesEnvelope("inbox_watermark.source", Bounds.SOURCE)
                .storesEnvelope("inbox_watermark.subject", Bounds.SUBJECT)
                .storesEnvelope("inbox_watermark.last_event_id", Bounds.EVENT_ID)
                .storesEnvelope("inbox_dead_letter.event_id", Bounds.EVENT_ID)
                .storesEnvelope("inbox_dead_letter.source", Bounds.SOURCE)
                .storesEnvelope("inbox_dead_letter.subject", Bounds.SUBJECT)
                .storesEnvelope("inbox_dead_letter.event_type", Bounds.EVENT_TYPE)
                .storesEnvelope("inbox_dead_letter.topic", Bounds.EVENT_TYPE)
                .own("inbox_dead_letter.reason", "why, cut to 2000 characters by the inbox")
                .own("inbox_dead_letter.envelope", "the envelope as received, unbounded")
                .own("inbox_dead_letter.redriven_by", "the operator who re-drove it (a token's actor id)");
    }

    /** {@code table.column} stores {@code component} of the contract record {@code record}. */
    public ConsumerColumns stores(String column, Class<? extends Record> record, String component) {
        return need(column, Bounds.lengthOf(record, component));
    }

    /** {@code table.column} stores a list component joined with a one-character separator. */
    public ConsumerColumns storesJoined(String column, Class<? extends Record> record, String component) {
        Bounded bound = bound(record, component);
        return need(column, bound.items() * bound.length() + bound.items() - 1);
    }

    /** {@code table.column} stores an envelope attribute (an event id, a source), bounded by {@code length}. */
    public ConsumerColumns storesEnvelope(String column, int length) {
        return need(column, length);
    }

    /** {@code table.column} holds the service's own values, not another service's: {@code why}. */
    public ConsumerColumns own(String column, String why) {
        own.put(column.toLowerCase(Locale.ROOT), why);
        return this;
    }

    /** Every declared column is wide enough, and every text column of {@code tables} is declared. */
    public void verify(String... tables) {
        verify(List.of(tables));
    }

    /** The same, for the platform's tables and {@code tables}. */
    public void verifyWithPlatformTables(String... tables) {
        List<String> all = new ArrayList<>(List.of(tables));
        all.addAll(List.of(PLATFORM_TABLES));
        verify(all);
    }

    private void verify(List<String> tables) {
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String table : tables) {
            jdbc.query("SELECT column_name, character_maximum_length FROM information_schema.columns "
                            + "WHERE LOWER(table_name) = ? AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA) "
                            + "AND character_maximum_length IS NOT NULL",
                    rs -> {
                        actual.put(table + "." + rs.getString(1).toLowerCase(Locale.ROOT), rs.getInt(2));
                    }, table.toLowerCase(Locale.ROOT));
        }
        assertThat(actual).as("text columns of %s", tables).isNotEmpty();
        List<String> problems = new ArrayList<>();
        needed.forEach((column, length) -> {
            Integer width = actual.get(column);
            if (width == null) {
                problems.add(column + ": no such text column");
            } else if (width < length) {
                problems.add(column + ": holds " + width + " characters, the contract allows " + length);
            }
        });
        actual.keySet().stream().filter(column -> !needed.containsKey(column) && !own.containsKey(column))
                .forEach(column -> problems.add(column + ": not declared (fed from which contract component?)"));
        assertThat(problems).as("consumer columns against the contract bounds").isEmpty();
    }

    private ConsumerColumns need(String column, int length) {
        needed.merge(column.toLowerCase(Locale.ROOT), length, Math::max);
        return this;
    }

    private static Bounded bound(Class<? extends Record> record, String component) {
        for (RecordComponent candidate : record.getRecordComponents()) {
            if (candidate.getName().equals(component) && candidate.getAnnotation(Bounded.class) != null) {
                return candidate.getAnnotation(Bounded.class);
            }
        }
        throw new IllegalArgumentException(record.getSimpleName() + "." + component + " declares no bound");
    }
}
