package org.entente.membership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.membership.coalition.Coalition;
import org.entente.platform.deadline.Deadlines;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.Roles;
import org.entente.platform.domain.NotPermitted;
import org.entente.platform.domain.RuleViolation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** What the aggregate tests share: a fixture for the coalition, and a matcher for a rule by its name. */
public final class CoalitionFixtures {

    private CoalitionFixtures() {
    }

    /**
     * A fixture for {@link Coalition}. Its entities do not implement equals(), so the fixture's check that the
     * aggregate rebuilt from events equals the working one is limited to the root's own fields.
     */
    public static AggregateTestFixture<Coalition> coalitionFixture() {
        AggregateTestFixture<Coalition> fixture = new AggregateTestFixture<>(Coalition.class);
        fixture.registerInjectableResource(Deadlines.onTheWallClock("membership"));
        List.of("members", "partners", "pledges", "milestones")
                .forEach(field -> fixture.registerIgnoredField(Coalition.class, field));
        actAsTheSystemUnlessTold(fixture);
        return fixture;
    }

    /**
     * Commands sent without an actor act as a service reaction, which no rule of authority refuses: the tests of
     * other rules stay about those rules. The authority tests name their actor ({@link #plannerOf}).
     */
    public static void actAsTheSystemUnlessTold(AggregateTestFixture<?> fixture) {
        fixture.registerCommandDispatchInterceptor(messages -> (index, message) ->
                message.getMetaData().containsKey(DecisionMetadata.ACTOR) ? message : message.andMetaData(Map.of(
                        DecisionMetadata.ACTOR, "service:test", DecisionMetadata.ACTOR_ROLES, Roles.SYSTEM)));
    }

    /** The decision metadata of a planner of {@code nation}, as the dispatcher writes it from the token. */
    public static Map<String, Object> plannerOf(String nation) {
        return Map.of(DecisionMetadata.ACTOR, "planner." + nation.toLowerCase(), DecisionMetadata.ACTOR_NATION, nation,
                DecisionMetadata.ACTOR_ROLES, Roles.PLANNER);
    }

    /** A {@link NotPermitted} refusal under the named rule, e.g. {@code refuses("own-nation-only")}. */
    public static Matcher<NotPermitted> refuses(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "a NotPermitted with rule", "rule") {
            @Override
            protected String featureValueOf(NotPermitted refusal) {
                return refusal.rule();
            }
        };
    }

    /** A {@link RuleViolation} of the named rule, e.g. {@code violates("only-active-members-pledge")}. */
    public static Matcher<RuleViolation> violates(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "a RuleViolation with rule", "rule") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.rule();
            }
        };
    }
}
