package org.entente.basing;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.entente.platform.roster.Standing;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** What the aggregate tests share: a coalition on the roster, decision metadata, and a matcher for a rule's name. */
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
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerInjectableResource(roster);
        for (Object resource : resources) {
            fixture.registerInjectableResource(resource);
        }
        return fixture;
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

    /** A {@link RuleViolation} of the named rule, e.g. {@code violates("stages-follow-in-order")}. */
    public static Matcher<RuleViolation> violates(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "a RuleViolation with rule", "rule") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.rule();
            }
        };
    }
}
