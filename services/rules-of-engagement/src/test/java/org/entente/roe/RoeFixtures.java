package org.entente.roe;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.Roles;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.entente.roe.caveat.NationalCaveats;
import org.entente.roe.profile.KnownOperation;
import org.entente.roe.profile.OperationDirectory;
import org.entente.roe.profile.RoeProfile;
import org.entente.testing.AggregateFixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the aggregate tests share: fixtures with their injected read models, and a matcher for a rule by name. */
public final class RoeFixtures {

    private RoeFixtures() {
    }

    /** A fixture for {@link RoeProfile}, with the roster and operations it is given. */
    public static AggregateTestFixture<RoeProfile> profileFixture(FixedCoalitionRoster roster,
                                                                  OperationDirectory operations) {
        AggregateTestFixture<RoeProfile> fixture = AggregateFixtures.of(RoeProfile.class, "rules-of-engagement");
        fixture.registerInjectableResource(roster);
        fixture.registerInjectableResource(operations);
        return fixture;
    }

    public static AggregateTestFixture<NationalCaveats> caveatFixture(FixedCoalitionRoster roster) {
        AggregateTestFixture<NationalCaveats> fixture = AggregateFixtures.of(NationalCaveats.class,
                "rules-of-engagement");
        fixture.registerInjectableResource(roster);
        return fixture;
    }

    /** A command's actor as the dispatcher records it from the token: who, for which nation, with which roles. */
    public static MetaData actor(String actor, String nation, String role) {
        return MetaData.with(DecisionMetadata.ACTOR, actor).and(DecisionMetadata.ACTOR_NATION, nation)
                .and(DecisionMetadata.ACTOR_ROLES, role);
    }

    /**
     * A commander of {@code nation} serving {@code coalitions}: the token's coalitions claim scopes the command role as
     * it scopes the council's, and the dispatcher writes it as {@link DecisionMetadata#ACTOR_COALITIONS}.
     */
    public static MetaData commanderOf(String nation, String... coalitions) {
        return actor("commander." + nation.toLowerCase(), nation, Roles.COMMANDER)
                .and(DecisionMetadata.ACTOR_COALITIONS, String.join(",", coalitions));
    }

    /** A planner of {@code nation}. */
    public static MetaData planner(String nation) {
        return actor("planner." + nation.toLowerCase(), nation, Roles.PLANNER);
    }

    /** A member of the council of {@code coalitionId} (of a nation that does not matter to the council). */
    public static MetaData councilOf(String coalitionId) {
        return actor("council.secretary", "FRA", Roles.COALITION_AUTHORITY)
                .and(DecisionMetadata.ACTOR_COALITIONS, coalitionId);
    }

    /** Operations set up by hand. */
    public static final class FixedOperations implements OperationDirectory {

        private final List<KnownOperation> operations = new ArrayList<>();

        public FixedOperations with(KnownOperation operation) {
            operations.removeIf(o -> o.operationId().equals(operation.operationId()));
            operations.add(operation);
            return this;
        }

        @Override
        public Optional<KnownOperation> operation(String operationId) {
            return operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst();
        }

        @Override
        public List<KnownOperation> ofCoalition(String coalitionId) {
            return operations.stream().filter(o -> o.coalitionId().equals(coalitionId)).toList();
        }
    }
}
