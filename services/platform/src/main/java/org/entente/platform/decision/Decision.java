package org.entente.platform.decision;

import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.entente.platform.decision.DecisionMetadata.*;

/**
 * The decision behind a command and its events, as stored in their metadata. Every value is stored as a string so
 * that metadata reads back exactly as written, which the hash chain relies on.
 */
public record Decision(
        String actor,
        String actorNation,
        List<String> actorRoles,
        String rationale,
        String authority,
        Instant effectiveTime,
        String correlationId,
        String causationId,
        String exerciseId,
        Instant gameTime,
        List<String> releasableTo) {

    public Decision {
        actorRoles = actorRoles == null ? List.of() : List.copyOf(actorRoles);
        releasableTo = releasableTo == null || releasableTo.isEmpty() ? List.of(ALL_MEMBERS) : List.copyOf(releasableTo);
    }

    /** A decision taken by {@code actor}, of {@code nation} (may be null), in {@code roles}: build the rest by name. */
    public static Builder by(String actor, String nation, List<String> roles) {
        return new Builder(actor, nation, roles);
    }

    /** A fact the service records itself (a reaction, a deadline): actor {@code service:<name>}, role system. */
    public static Builder byService(String service) {
        return new Builder("service:" + service, null, List.of(Roles.SYSTEM));
    }

    public MetaData toMetaData() {
        Map<String, String> values = new HashMap<>();
        put(values, ACTOR, actor);
        put(values, ACTOR_NATION, actorNation);
        put(values, ACTOR_ROLES, String.join(",", actorRoles));
        put(values, RATIONALE, rationale);
        put(values, AUTHORITY, authority);
        put(values, EFFECTIVE_TIME, effectiveTime == null ? null : effectiveTime.toString());
        put(values, CORRELATION_ID, correlationId);
        put(values, CAUSATION_ID, causationId);
        put(values, EXERCISE_ID, exerciseId);
        put(values, GAME_TIME, gameTime == null ? null : gameTime.toString());
        put(values, RELEASABLE_TO, String.join(",", releasableTo));
        return MetaData.from(values);
    }

    public static Decision from(MetaData metaData) {
        return new Decision(
                string(metaData, ACTOR),
                string(metaData, ACTOR_NATION),
                list(metaData, ACTOR_ROLES),
                string(metaData, RATIONALE),
                string(metaData, AUTHORITY),
                instant(metaData, EFFECTIVE_TIME),
                string(metaData, CORRELATION_ID),
                string(metaData, CAUSATION_ID),
                string(metaData, EXERCISE_ID),
                instant(metaData, GAME_TIME),
                list(metaData, RELEASABLE_TO));
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(key, value);
        }
    }

    private static String string(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }

    private static Instant instant(MetaData metaData, String key) {
        String value = string(metaData, key);
        return value == null ? null : Instant.parse(value);
    }

    private static List<String> list(MetaData metaData, String key) {
        String value = string(metaData, key);
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    /** Names each part of a decision; what is not named stays empty (releasable to all members). */
    public static final class Builder {

        private final String actor;
        private final String actorNation;
        private final List<String> actorRoles;
        private String rationale;
        private String authority;
        private Instant effectiveTime;
        private String correlationId;
        private String causationId;
        private String exerciseId;
        private Instant gameTime;
        private List<String> releasableTo;

        private Builder(String actor, String actorNation, List<String> actorRoles) {
            this.actor = actor;
            this.actorNation = actorNation;
            this.actorRoles = actorRoles;
        }

        public Builder rationale(String rationale) {
            this.rationale = rationale;
            return this;
        }

        public Builder authority(String authority) {
            this.authority = authority;
            return this;
        }

        /** When it takes effect in the world; null: when it is recorded. */
        public Builder effectiveTime(Instant effectiveTime) {
            this.effectiveTime = effectiveTime;
            return this;
        }

        public Builder correlationId(String correlationId) {
            this.correlationId = correlationId;
            return this;
        }

        public Builder causationId(String causationId) {
            this.causationId = causationId;
            return this;
        }

        public Builder exerciseId(String exerciseId) {
            this.exerciseId = exerciseId;
            return this;
        }

        public Builder gameTime(Instant gameTime) {
            this.gameTime = gameTime;
            return this;
        }

        /** Nations its events may be shown to; null or empty: every member. */
        public Builder releasableTo(List<String> releasableTo) {
            this.releasableTo = releasableTo;
            return this;
        }

        public Decision build() {
            return new Decision(actor, actorNation, actorRoles, rationale, authority, effectiveTime, correlationId,
                    causationId, exerciseId, gameTime, releasableTo);
        }
    }
}
