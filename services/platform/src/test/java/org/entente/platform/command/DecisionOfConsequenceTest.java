package org.entente.platform.command;

import org.entente.platform.decision.DecisionInput;
import org.entente.platform.decision.DecisionOfConsequence;
import org.entente.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DecisionOfConsequenceTest {

    @DecisionOfConsequence
    record Dissolve(String coalitionId) {
    }

    record Rename(String coalitionId) {
    }

    @Test
    void aDecisionOfConsequenceWithoutReasonsNamesBothFields() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> CommandDispatcher.requireReasonsOfConsequence(new Dissolve("c"), DecisionInput.NONE));

        assertThat(refused.reasons()).containsOnlyKeys("decision.rationale", "decision.authority");
    }

    @Test
    void aBlankAuthorityIsNoAuthority() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> CommandDispatcher.requireReasonsOfConsequence(new Dissolve("c"),
                        new DecisionInput("mission accomplished", "  ", null, null)));

        assertThat(refused.reasons()).containsOnlyKeys("decision.authority");
    }

    @Test
    void aDecisionOfConsequenceWithItsReasonsGoesAhead() {
        assertThatCode(() -> CommandDispatcher.requireReasonsOfConsequence(new Dissolve("c"),
                new DecisionInput("mission accomplished", "Council decision 2026/14", null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void anOrdinaryDecisionNeedsNoReasons() {
        assertThatCode(() -> CommandDispatcher.requireReasonsOfConsequence(new Rename("c"), DecisionInput.NONE))
                .doesNotThrowAnyException();
    }
}
