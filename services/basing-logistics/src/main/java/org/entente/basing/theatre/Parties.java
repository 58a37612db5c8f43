package org.entente.basing.theatre;

import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.decision.Roles;
import org.entente.platform.domain.NotPermitted;

/**
 * Rules of authority where either of the two parties to a record may act: the host nation or the coalition on a
 * basing agreement (either agrees a renewal or records that it lapsed; each signs every stage), the user or the
 * granting state on a clearance. A rule of one party alone asks {@link ActorAuthority} directly. A service's own
 * reaction is refused here only where the parties must act in person (a signature).
 */
public final class Parties {

    private Parties() {
    }

    /**
     * A planner of {@code hostNation} or the council of {@code coalitionId}. The planner role is checked here, not only
     * the nation: a council member of another coalition may well be of the host's nation.
     *
     * @param what what is being done, for the refusal's reason, e.g. "signing a stage of a basing agreement"
     */
    public static void requireHostOrCouncil(ActorAuthority actor, String hostNation, String coalitionId, String what) {
        if (actor.isReaction() || actor.isCouncilOf(coalitionId) || isPlannerOf(actor, hostNation)) {
            return;
        }
        throw new NotPermitted("host-or-council", what + " is recorded by a planner of the host nation " + hostNation
                + " or by the council of coalition " + coalitionId + "; the token is neither (" + describe(actor) + ")");
    }

    /**
     * A planner of {@code hostNation} or the council of {@code coalitionId}, in person: unlike
     * {@link #requireHostOrCouncil}, a service's reaction is refused too, for what only the parties themselves do
     * (sign a stage of an agreement).
     */
    public static void requireHostOrCouncilInPerson(ActorAuthority actor, String hostNation, String coalitionId,
                                                    String what) {
        if (actor.isCouncilOf(coalitionId) || isPlannerOf(actor, hostNation)) {
            return;
        }
        throw new NotPermitted("host-or-council", what + " is done by a planner of the host nation " + hostNation
                + " or by the council of coalition " + coalitionId + " in person; the token is neither ("
                + describe(actor) + (actor.isReaction() ? ", a service's reaction" : "") + ")");
    }

    /** A planner of {@code one} or of {@code other}, each for their own nation. */
    public static void requirePlannerOfEither(ActorAuthority actor, String one, String other, String what) {
        if (actor.isReaction() || isPlannerOf(actor, one) || isPlannerOf(actor, other)) {
            return;
        }
        throw new NotPermitted("own-nation-only", what + " is recorded by " + one + " or " + other
                + " itself; the token is neither (" + describe(actor) + ")");
    }

    /** A planner of {@code nation}: the role and the nation both. */
    public static boolean isPlannerOf(ActorAuthority actor, String nation) {
        return actor.hasRole(Roles.PLANNER) && nation != null && nation.equals(actor.nation());
    }

    private static String describe(ActorAuthority actor) {
        return (actor.hasRole(Roles.PLANNER) ? "a planner" : "an actor without the planner role") + " of "
                + (actor.nation() == null ? "no nation" : actor.nation());
    }
}
