package org.entente.platform.decision;

import java.util.List;

/**
 * Metadata keys of a decision, stored with every event it produced.
 * <p>
 * Axon has metadata of its own with confusingly close names: its {@code correlationId} is the parent message (what we
 * call causation) and its {@code traceId} is the root (what we call correlation). Entente does not register Axon's
 * MessageOriginProvider; these keys, with these meanings, are the only ones copied from commands to events.
 */
public final class DecisionMetadata {

    public static final String ACTOR = "actor";
    public static final String ACTOR_NATION = "actorNation";
    public static final String ACTOR_ROLES = "actorRoles";
    /**
     * The coalitions the actor's council role is scoped to, on the command only: rules check it, events do not keep
     * it (the roles they keep say enough, and the list can be long).
     */
    public static final String ACTOR_COALITIONS = "actorCoalitions";
    public static final String RATIONALE = "rationale";
    public static final String AUTHORITY = "authority";
    public static final String EFFECTIVE_TIME = "effectiveTime";
    /** The root decision this one descends from. */
    public static final String CORRELATION_ID = "correlationId";
    /** The direct cause: the command, or an event (possibly of another service). */
    public static final String CAUSATION_ID = "causationId";
    public static final String EXERCISE_ID = "exerciseId";
    public static final String GAME_TIME = "gameTime";
    public static final String RELEASABLE_TO = "releasableTo";
    /** Added to each stored event by the hash chain; never copied from a command. */
    public static final String HASH = "hash";

    /** Keys a command hands down to the events it causes. */
    public static final List<String> PROPAGATED = List.of(ACTOR, ACTOR_NATION, ACTOR_ROLES, RATIONALE, AUTHORITY,
            EFFECTIVE_TIME, CORRELATION_ID, CAUSATION_ID, EXERCISE_ID, GAME_TIME, RELEASABLE_TO);

    /** Command-only key: the aggregate version the client based its decision on (HTTP If-Match). */
    public static final String EXPECTED_VERSION = "expectedVersion";

    /** The releasability value meaning "every member of the coalition". */
    public static final String ALL_MEMBERS = "ALL_MEMBERS";

    private DecisionMetadata() {
    }
}
