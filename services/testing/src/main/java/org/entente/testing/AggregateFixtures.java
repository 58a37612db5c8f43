package org.entente.testing;

import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.platform.deadline.Deadlines;
import org.entente.platform.decision.DecisionCorrelationDataProvider;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.Roles;
import org.entente.platform.domain.NotPermitted;
import org.entente.platform.domain.RuleViolation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * What every service's aggregate fixtures share: a fixture set up as the service runs its aggregates, and the
 * matchers that assert a rule by its name. The fixture compares the whole state it rebuilds from the events with the
 * state the command left, entities included (they compare field by field): no field is ignored.
 */
public final class AggregateFixtures {

    private AggregateFixtures() {
    }

    /**
     * A fixture for {@code aggregate} of {@code service}: a command's decision metadata is copied onto its events (as
     * the platform's correlation data provider does in the service), deadlines run on the wall clock, and a command
     * sent without an actor acts as a service reaction ({@link #actAsTheSystemUnlessTold}).
     */
    public static <T> AggregateTestFixture<T> of(Class<T> aggregate, String service) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new DecisionCorrelationDataProvider()));
        fixture.registerInjectableResource(Deadlines.onTheWallClock(service));
        actAsTheSystemUnlessTold(fixture);
        return fixture;
    }

    /**
     * Commands sent without an actor act as a service reaction, which no rule of authority refuses: the tests of
     * other rules stay about those rules. The authority tests name their actor.
     */
    public static void actAsTheSystemUnlessTold(AggregateTestFixture<?> fixture) {
        fixture.registerCommandDispatchInterceptor(messages -> (index, message) ->
                message.getMetaData().containsKey(DecisionMetadata.ACTOR) ? message : message.andMetaData(Map.of(
                        DecisionMetadata.ACTOR, "service:test", DecisionMetadata.ACTOR_ROLES, Roles.SYSTEM)));
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

    /** A {@link NotPermitted} refusal under the named rule of authority, e.g. {@code refuses("own-nation-only")}. */
    public static Matcher<NotPermitted> refuses(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "a NotPermitted with rule", "rule") {
            @Override
            protected String featureValueOf(NotPermitted refusal) {
                return refusal.rule();
            }
        };
    }
}
