package org.entente.basing.agreement;

import org.entente.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transition table, checked exhaustively: every status against every action. */
class AgreementLifecycleTest {

    @Test
    void everyActionInEveryStatusLeadsWhereTheTableSaysOrIsRefusedByName() {
        for (AgreementStatus from : AgreementStatus.values()) {
            for (AgreementAction action : AgreementAction.values()) {
                Optional<AgreementLifecycle.Transition> transition = AgreementLifecycle.find(from, action);
                if (from.isEnded()) {
                    assertThat(transition).as("%s %s", from, action).isEmpty();
                    assertThatThrownBy(() -> AgreementLifecycle.next("a", from, action, null))
                            .isInstanceOfSatisfying(RuleViolation.class,
                                    v -> assertThat(v.rule()).isEqualTo("ended-agreements-stay-ended"));
                } else if (transition.isPresent()) {
                    AgreementStatus expected = transition.get().to() == null ? AgreementStatus.IN_FORCE
                            : transition.get().to();
                    assertThat(AgreementLifecycle.next("a", from, action, AgreementStatus.IN_FORCE))
                            .as("%s %s", from, action).isEqualTo(expected);
                } else {
                    assertThatThrownBy(() -> AgreementLifecycle.next("a", from, action, null))
                            .as("%s %s", from, action)
                            .isInstanceOfSatisfying(RuleViolation.class,
                                    v -> assertThat(v.rule()).isEqualTo(action.rule()));
                }
            }
        }
    }

    @Test
    void expiredIsFinalAndOnlyAnAgreementSuspendedInForceIsRenewedOrExpires() {
        assertThat(AgreementLifecycle.TRANSITIONS).filteredOn(t -> t.from() == AgreementStatus.EXPIRED)
                .extracting(AgreementLifecycle.Transition::action).containsExactly(AgreementAction.CLOSE);
        for (AgreementAction action : List.of(AgreementAction.RENEW, AgreementAction.EXPIRE)) {
            assertThatThrownBy(() -> AgreementLifecycle.next("a", AgreementStatus.SUSPENDED, action,
                    AgreementStatus.MOU_SIGNED)).as("%s", action).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.rule()).isEqualTo(action.rule()));
        }
    }

    @Test
    void theStagesAreSignedInOrderAndOnlyAnAgreementInForceIsRestricted() {
        assertThat(AgreementLifecycle.TRANSITIONS).filteredOn(t -> t.action() == AgreementAction.SIGN_MOU)
                .extracting(AgreementLifecycle.Transition::from).containsExactly(AgreementStatus.REQUESTED);
        assertThat(AgreementLifecycle.TRANSITIONS)
                .filteredOn(t -> t.action() == AgreementAction.SIGN_TECHNICAL_ARRANGEMENT)
                .extracting(AgreementLifecycle.Transition::from).containsExactly(AgreementStatus.MOU_SIGNED);
        assertThat(AgreementLifecycle.TRANSITIONS).filteredOn(t -> t.action() == AgreementAction.ENTER_INTO_FORCE)
                .extracting(AgreementLifecycle.Transition::from)
                .containsExactly(AgreementStatus.TECHNICAL_ARRANGEMENT_SIGNED);
        assertThat(AgreementLifecycle.TRANSITIONS).filteredOn(t -> t.action() == AgreementAction.RESTRICT)
                .extracting(AgreementLifecycle.Transition::from).containsExactly(AgreementStatus.IN_FORCE);
        assertThat(AgreementLifecycle.TRANSITIONS).filteredOn(t -> t.action() == AgreementAction.REINSTATE)
                .singleElement().satisfies(t -> assertThat(t.to()).as("back to where it was").isNull());
        assertThat(AgreementLifecycle.TRANSITIONS).extracting(t -> t.from() + " " + t.action())
                .doesNotHaveDuplicates();
    }
}
