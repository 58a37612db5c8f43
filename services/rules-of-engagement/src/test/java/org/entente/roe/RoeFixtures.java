package org.entente.roe;

import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.platform.decision.DecisionCorrelationDataProvider;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.Roles;
import org.entente.platform.domain.NotPermitted;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.entente.roe.caveat.NationalCaveats;
import org.entente.roe.profile.KnownOperation;
import org.entente.roe.profile.OperationDirectory;
import org.entente.roe.profile.RoeProfile;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.equalTo;

/** What the aggregate tests share: fixtures with their injected read models, and a matcher for a rule by name. */
public final class RoeFixtures {

    private RoeFixtures() {
    }

    /**
     * A fixture for {@link RoeProfile}, with the roster and operations it is given. Its entities do not implement
     * equals(), so the fixture's rebuilt-equals-working check is limited to the root's own fields.
     */
    public static AggregateTestFixture<RoeProfile> profileFixture(FixedCoalitionRoster roster,
                                                                  OperationDirectory operations) {
        AggregateTestFixture<RoeProfile> fixture = new AggregateTestFixture<>(RoeProfile.class);
        fixture.registerIgnoredField(RoeProfile.class, "measures");
        fixture.registerInjectableResource(roster);
        fixture.registerInjectableResource(operations);
        // as in the application: a command's decision metadata is copied onto its events
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new DecisionCorrelationDataProvider()));
        return fixture;
    }

    public static AggregateTestFixture<NationalCaveats> caveatFixture(FixedCoalitionRoster roster) {
        AggregateTestFixture<NationalCaveats> fixture = new AggregateTestFixture<>(NationalCaveats.class);
        fixture.registerIgnoredField(NationalCaveats.class, "caveats");
        fixture.registerInjectableResource(roster);
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new DecisionCorrelationDataProvider()));
        return fixture;
    }

    /** A {@link RuleViolation} of the named rule, e.g. {@code violates("authorisation-names-its-authority")}. */
    public static Matcher<RuleViolation> violates(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "a RuleViolation with rule", "rule") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.rule();
            }
        };
    }

    /** A {@link NotPermitted} of the named rule of authority, e.g. {@code refused("own-nation-only")}. */
    public static Matcher<NotPermitted> refused(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "a NotPermitted with rule", "rule") {
            @Override
            protected String featureValueOf(NotPermitted refusal) {
                return refusal.rule();
            }
        };
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
