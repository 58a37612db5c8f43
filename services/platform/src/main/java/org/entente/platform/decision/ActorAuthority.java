package org.entente.platform.decision;

import org.axonframework.messaging.MetaData;
import org.entente.platform.domain.NotPermitted;

import java.util.Arrays;
import java.util.List;

/**
 * What the actor behind a command may decide, read from the command's metadata (which the dispatcher fills from the
 * verified token). Aggregates ask it where the rule needs their state: whose pledge, whose force, which coalition.
 * A service's own reaction to an upstream event acts as that event's consequence and is not refused here.
 */
public final class ActorAuthority {

    private final String actor;
    private final String nation;
    private final List<String> roles;
    private final List<String> coalitions;

    private ActorAuthority(String actor, String nation, List<String> roles, List<String> coalitions) {
        this.actor = actor;
        this.nation = nation;
        this.roles = roles;
        this.coalitions = coalitions;
    }

    public static ActorAuthority of(MetaData metaData) {
        return new ActorAuthority(string(metaData, DecisionMetadata.ACTOR), string(metaData, DecisionMetadata.ACTOR_NATION),
                list(metaData, DecisionMetadata.ACTOR_ROLES), list(metaData, DecisionMetadata.ACTOR_COALITIONS));
    }

    /** A service reacting to an event of another (actor {@code service:<name>}, role system). */
    public boolean isReaction() {
        return actor != null && actor.startsWith("service:") && roles.contains(Roles.SYSTEM);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public String nation() {
        return nation;
    }

    /** Whether the actor sits on {@code coalitionId}'s council: the council role, scoped to that coalition. */
    public boolean isCouncilOf(String coalitionId) {
        return roles.contains(Roles.COALITION_AUTHORITY) && coalitions.contains(coalitionId);
    }

    /**
     * A person records for their own nation only: a planner of nation X acting for nation Y is refused.
     *
     * @param what what is being done, for the refusal's reason, e.g. "pledge"
     */
    public void requireActingFor(String forNation, String what) {
        if (isReaction()) {
            return;
        }
        if (nation == null || !nation.equals(forNation)) {
            throw new NotPermitted("own-nation-only", "a " + what + " of " + forNation + " is recorded by "
                    + forNation + " itself, not by an actor of " + (nation == null ? "no nation" : nation));
        }
    }

    /**
     * Only a commander serving {@code coalitionId} does this: the role, and the coalition among the token's
     * coalitions (the claim scopes the coalition roles, council and command alike).
     */
    public void requireCommanderOf(String coalitionId, String what) {
        if (isReaction() || (roles.contains(Roles.COMMANDER) && coalitions.contains(coalitionId))) {
            return;
        }
        throw new NotPermitted("command-scope", what + " is done by a commander serving coalition " + coalitionId
                + "; the token's coalitions do not include it");
    }

    /** Whether the actor commands for {@code coalitionId}: the commander role, scoped to that coalition. */
    public boolean isCommanderOf(String coalitionId) {
        return roles.contains(Roles.COMMANDER) && coalitions.contains(coalitionId);
    }

    /** Only the council of {@code coalitionId} decides this. */
    public void requireCouncilOf(String coalitionId, String what) {
        if (isReaction() || isCouncilOf(coalitionId)) {
            return;
        }
        throw new NotPermitted("council-scope", what + " is decided by the council of coalition " + coalitionId
                + "; the token's council role does not cover it");
    }

    private static String string(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }

    private static List<String> list(MetaData metaData, String key) {
        String value = string(metaData, key);
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
