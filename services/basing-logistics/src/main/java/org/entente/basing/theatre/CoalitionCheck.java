package org.entente.basing.theatre;

import org.axonframework.messaging.MetaData;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.KnownCoalition;
import org.entente.platform.roster.Standing;

/**
 * What every new record of this service needs of its coalition, as the roster (kept from the membership topic) knows
 * it: the coalition exists, is not dissolved, and the command comes from the coalition's exercise, which the record
 * then belongs to for good.
 */
public final class CoalitionCheck {

    private CoalitionCheck() {
    }

    /** @return the exercise the new record belongs to (the coalition's), or null for the real world */
    public static String requireOpen(CoalitionRoster roster, String coalitionId, MetaData metaData) {
        KnownCoalition coalition = roster.coalition(coalitionId).orElseThrow(() -> new RuleViolation(
                "the-coalition-must-be-known", "no coalition " + coalitionId + " is known from the membership topic"));
        if (coalition.dissolved()) {
            throw new RuleViolation("dissolved-coalitions-are-closed", "coalition " + coalitionId + " is dissolved");
        }
        ExerciseBoundary.check(coalition.exerciseId(), metaData.get(DecisionMetadata.EXERCISE_ID), "coalition");
        return coalition.exerciseId();
    }

    /** Refuses unless {@code nation} is an active member; {@code rule} names what it was refused for. */
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
