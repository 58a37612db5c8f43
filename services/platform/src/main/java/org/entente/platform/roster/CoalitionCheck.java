package org.entente.platform.roster;

import org.axonframework.messaging.MetaData;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.exercise.ExerciseBoundary;

/**
 * What a new record of a reacting service needs of its coalition, as the roster (kept from the membership topic)
 * knows it, with one rule name for each refusal in every service: the coalition is known
 * ({@code the-coalition-must-be-known}), not dissolved ({@code dissolved-coalitions-are-closed}), and the command comes
 * from the coalition's exercise ({@code commands-stay-in-their-exercise}), which the record then belongs to for good.
 */
public final class CoalitionCheck {

    private CoalitionCheck() {
    }

    /** @return the coalition, known and open, of the command's exercise */
    public static KnownCoalition requireOpen(CoalitionRoster roster, String coalitionId, MetaData command) {
        KnownCoalition coalition = requireKnown(roster, coalitionId);
        if (coalition.dissolved()) {
            throw new RuleViolation("dissolved-coalitions-are-closed", "coalition " + coalitionId + " is dissolved");
        }
        ExerciseBoundary.check(coalition.exerciseId(), command, "coalition " + coalitionId);
        return coalition;
    }

    public static KnownCoalition requireKnown(CoalitionRoster roster, String coalitionId) {
        return roster.coalition(coalitionId).orElseThrow(() -> new RuleViolation("the-coalition-must-be-known",
                "no coalition " + coalitionId + " is known here (yet): it must have been formed, as the membership "
                        + "topic tells"));
    }

    /**
     * Refuses unless {@code nation} is an active member.
     *
     * @param rule what it is refused for, e.g. {@code only-active-members-place-forces}
     * @param what what only active members do, e.g. "place forces"
     */
    public static void requireActiveMember(CoalitionRoster roster, String coalitionId, String nation, String rule,
                                           String what) {
        Standing standing = roster.standing(coalitionId, nation);
        if (!standing.isActiveMember()) {
            throw new RuleViolation(rule, nation + " stands as " + standing + " in coalition " + coalitionId
                    + "; only active members " + what);
        }
    }

    /**
     * Whether a nation is out of the coalition for now or for good (a suspended or withdrawn member, a partner whose
     * association ended), so that what it gave must not resume.
     */
    public static boolean outOfTheCoalition(CoalitionRoster roster, String coalitionId, String nation) {
        Standing standing = roster.standing(coalitionId, nation);
        return standing == Standing.SUSPENDED_MEMBER || standing == Standing.WITHDRAWN_MEMBER
                || standing == Standing.FORMER_PARTNER;
    }
}
