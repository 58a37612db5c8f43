package org.entente.basing;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.Roles;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.testing.AggregateFixtures;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the aggregate tests share: a coalition on the roster, decision metadata with its actor, and matchers for a
 * rule's name.
 */
public final class BasingFixtures {

    public static final String COALITION = "coalition-1";
    public static final String EXERCISE = "exercise-7";
    public static final String LEAD = "USA";
    public static final String MEMBER = "ITA";
    public static final String SUSPENDED = "GRC";
    public static final String WITHDRAWN = "NOR";
    public static final String PARTNER = "MLT";
    public static final String OUTSIDER = "EGY";
    public static final String DISSOLVED_COALITION = "coalition-gone";

    private BasingFixtures() {
    }

    /** A real-world coalition: USA and ITA active, GRC suspended, NOR withdrawn, MLT a host-nation partner. */
    public static FixedCoalitionRoster roster() {
        return new FixedCoalitionRoster()
                .coalition(COALITION, null)
                .member(COALITION, LEAD, Standing.ACTIVE_MEMBER)
                .member(COALITION, MEMBER, Standing.ACTIVE_MEMBER)
                .member(COALITION, SUSPENDED, Standing.SUSPENDED_MEMBER)
                .member(COALITION, WITHDRAWN, Standing.WITHDRAWN_MEMBER)
                .partner(COALITION, PARTNER, "HOST_NATION")
                .coalition(DISSOLVED_COALITION, null)
                .member(DISSOLVED_COALITION, MEMBER, Standing.ACTIVE_MEMBER)
                .dissolved(DISSOLVED_COALITION);
    }

    public static <T> AggregateTestFixture<T> fixture(Class<T> aggregate, Object... resources) {
        return fixture(aggregate, roster(), resources);
    }

    /** A fixture with its own roster (the first resource registered of a type is the one injected). */
    public static <T> AggregateTestFixture<T> fixture(Class<T> aggregate, FixedCoalitionRoster roster,
                                                      Object... resources) {
        AggregateTestFixture<T> fixture = AggregateFixtures.of(aggregate, "basing-logistics");
        fixture.registerInjectableResource(roster);
        for (Object resource : resources) {
            fixture.registerInjectableResource(resource);
        }
        return fixture;
    }

    /** The decision metadata of a planner of {@code nation}, as the dispatcher writes it from the token. */
    public static Map<String, Object> plannerOf(String nation) {
        return actor("planner." + nation.toLowerCase(), nation, List.of(Roles.PLANNER), List.of());
    }

    /** A council member (of {@code nation}) whose token scopes the council role to {@code coalitions}. */
    public static Map<String, Object> councilOf(String nation, String... coalitions) {
        return actor("council." + nation.toLowerCase(), nation, List.of(Roles.COALITION_AUTHORITY), List.of(coalitions));
    }

    /**
     * A commander (of {@code nation}) whose token scopes the command role to {@code coalitions}, as the dispatcher
     * writes it ({@link DecisionMetadata#ACTOR_COALITIONS}): the claim scopes council and command alike.
     */
    public static Map<String, Object> commanderOf(String nation, String... coalitions) {
        return actor("commander." + nation.toLowerCase(), nation, List.of(Roles.COMMANDER), List.of(coalitions));
    }

    /** An actor of {@code nation} with {@code role} only, scoped to no coalition. */
    public static Map<String, Object> withRole(String role, String nation) {
        return actor(role + "." + nation.toLowerCase(), nation, List.of(role), List.of());
    }

    private static Map<String, Object> actor(String id, String nation, List<String> roles, List<String> coalitions) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(DecisionMetadata.ACTOR, id);
        metaData.put(DecisionMetadata.ACTOR_NATION, nation);
        metaData.put(DecisionMetadata.ACTOR_ROLES, String.join(",", roles));
        if (!coalitions.isEmpty()) {
            metaData.put(DecisionMetadata.ACTOR_COALITIONS, String.join(",", coalitions));
        }
        return metaData;
    }

    /** {@code actor}'s metadata and {@code decision}'s (e.g. {@link #decidedAt}) in one. */
    public static Map<String, Object> by(Map<String, Object> actor, Map<String, Object> decision) {
        Map<String, Object> metaData = new HashMap<>(decision);
        metaData.putAll(actor);
        return metaData;
    }

    /** Metadata of a decision taking effect at {@code effective}, in {@code exercise} (null: the real world). */
    public static Map<String, Object> decidedAt(Instant effective, String exercise) {
        Map<String, Object> metaData = new HashMap<>();
        if (effective != null) {
            metaData.put(DecisionMetadata.EFFECTIVE_TIME, effective.toString());
        }
        if (exercise != null) {
            metaData.put(DecisionMetadata.EXERCISE_ID, exercise);
        }
        return metaData;
    }

    /** An event as the store holds it for an exercise record: the exercise id in its metadata. */
    public static GenericEventMessage<Object> inExercise(Object payload, String exercise) {
        return new GenericEventMessage<>(payload, MetaData.with(DecisionMetadata.EXERCISE_ID, exercise));
    }

}
