package org.entente.membership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.membership.coalition.Coalition;
import org.entente.platform.domain.RuleViolation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.util.List;

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
        List.of("members", "partners", "pledges", "milestones")
                .forEach(field -> fixture.registerIgnoredField(Coalition.class, field));
        return fixture;
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
