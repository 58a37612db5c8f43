package org.entente.basing.agreement;

import org.entente.platform.domain.RuleViolation;

import java.util.List;
import java.util.Optional;

import static org.entente.basing.agreement.AgreementAction.*;
import static org.entente.basing.agreement.AgreementStatus.*;

/**
 * Which action is allowed in which status, and where it leads: the life cycle of a basing agreement as data (served
 * at {@code GET /reference/agreement-transitions}). Anything not listed is refused with the action's rule; a revoked
 * or closed agreement refuses everything.
 */
public final class AgreementLifecycle {

    /**
     * One allowed step.
     *
     * @param to where it leads; null for a reinstatement, which returns to the status the agreement had before its
     *           suspension
     */
    public record Transition(AgreementStatus from, AgreementAction action, AgreementStatus to) {
    }

    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(REQUESTED, SIGN_MOU, MOU_SIGNED),
            new Transition(MOU_SIGNED, SIGN_TECHNICAL_ARRANGEMENT, TECHNICAL_ARRANGEMENT_SIGNED),
            new Transition(TECHNICAL_ARRANGEMENT_SIGNED, ENTER_INTO_FORCE, IN_FORCE),
            new Transition(IN_FORCE, RESTRICT, IN_FORCE),
            // a host leaving the coalition suspends its agreements at any stage of negotiation too
            new Transition(REQUESTED, SUSPEND, SUSPENDED),
            new Transition(MOU_SIGNED, SUSPEND, SUSPENDED),
            new Transition(TECHNICAL_ARRANGEMENT_SIGNED, SUSPEND, SUSPENDED),
            new Transition(IN_FORCE, SUSPEND, SUSPENDED),
            new Transition(SUSPENDED, REINSTATE, null),
            new Transition(IN_FORCE, RENEW, IN_FORCE),
            // a suspended agreement is renewed or expires only if it was in force when suspended (see next)
            new Transition(SUSPENDED, RENEW, SUSPENDED),
            // expired is final but for closing: a lapsed base is asked for anew, negotiated again
            new Transition(IN_FORCE, EXPIRE, EXPIRED),
            new Transition(SUSPENDED, EXPIRE, EXPIRED),
            new Transition(MOU_SIGNED, REVOKE, REVOKED),
            new Transition(TECHNICAL_ARRANGEMENT_SIGNED, REVOKE, REVOKED),
            new Transition(IN_FORCE, REVOKE, REVOKED),
            new Transition(SUSPENDED, REVOKE, REVOKED),
            new Transition(REQUESTED, CLOSE, CLOSED),
            new Transition(MOU_SIGNED, CLOSE, CLOSED),
            new Transition(TECHNICAL_ARRANGEMENT_SIGNED, CLOSE, CLOSED),
            new Transition(IN_FORCE, CLOSE, CLOSED),
            new Transition(SUSPENDED, CLOSE, CLOSED),
            new Transition(EXPIRED, CLOSE, CLOSED));

    private AgreementLifecycle() {
    }

    public static Optional<Transition> find(AgreementStatus from, AgreementAction action) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    public static boolean allows(AgreementStatus from, AgreementAction action) {
        return find(from, action).isPresent();
    }

    /**
     * Where {@code action} leads from {@code from}.
     *
     * @param beforeSuspension the status before the suspension, where a reinstatement leads
     * @throws RuleViolation {@code ended-agreements-stay-ended}, or the action's own rule
     */
    public static AgreementStatus next(String agreementId, AgreementStatus from, AgreementAction action,
                                       AgreementStatus beforeSuspension) {
        if (from.isEnded()) {
            throw new RuleViolation("ended-agreements-stay-ended", "agreement " + agreementId + " is " + from);
        }
        Transition transition = find(from, action).orElseThrow(() -> new RuleViolation(action.rule(),
                "agreement " + agreementId + " is " + from + "; " + action + " is allowed only from "
                        + TRANSITIONS.stream().filter(t -> t.action() == action).map(Transition::from).toList()));
        if (from == SUSPENDED && (action == RENEW || action == EXPIRE) && beforeSuspension != IN_FORCE) {
            // otherwise suspend-expire-renew would skip the negotiation stages
            throw new RuleViolation(action.rule(), "agreement " + agreementId + " was " + beforeSuspension
                    + " when suspended; only an agreement suspended while in force is renewed or expires");
        }
        return transition.to() == null ? beforeSuspension : transition.to();
    }
}
