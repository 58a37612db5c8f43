package org.entente.membership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.membership.coalition.Coalition;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.Roles;
import org.entente.testing.AggregateFixtures;

import java.util.Map;

/** What the aggregate tests share: a fixture for the coalition, and a matcher for a rule by its name. */
public final class CoalitionFixtures {

    private CoalitionFixtures() {
    }

    /** A fixture for {@link Coalition}, as the service runs it; it compares the whole state, entities included. */
    public static AggregateTestFixture<Coalition> coalitionFixture() {
        return AggregateFixtures.of(Coalition.class, "membership");
    }

    /** The decision metadata of a planner of {@code nation}, as the dispatcher writes it from the token. */
    public static Map<String, Object> plannerOf(String nation) {
        return Map.of(DecisionMetadata.ACTOR, "planner." + nation.toLowerCase(), DecisionMetadata.ACTOR_NATION, nation,
                DecisionMetadata.ACTOR_ROLES, Roles.PLANNER);
    }

}
