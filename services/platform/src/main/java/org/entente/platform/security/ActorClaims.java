package org.entente.platform.security;

import org.entente.platform.decision.Roles;

import org.entente.platform.decision.Actor;
import org.entente.platform.reference.Nations;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the actor from a verified token. Every claim Entente relies on must be present and well-formed, or the token
 * is refused as a whole: a decision is never recorded with a guessed nation.
 */
public final class ActorClaims {

    // No ':' — "service:<name>" is how reactions of a service sign their decisions; a person cannot be one.
    private static final Pattern ACTOR_ID = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Pattern LIST_ENTRY = Pattern.compile("[A-Za-z0-9._@:-]{1,100}");
    private static final int MAX_ENTRIES = 200;

    private final SecurityProperties.Claims names;

    public ActorClaims(SecurityProperties.Claims names) {
        this.names = names;
    }

    /** The actor the token names, or the first reason the token cannot name one. */
    public Result read(Jwt jwt) {
        Object id = jwt.getClaims().get(names.actor());
        if (!(id instanceof String actorId) || !ACTOR_ID.matcher(actorId).matches()) {
            return Result.refused("claim '" + names.actor() + "' must name the actor: 1 to 100 letters, digits or . _ @ -");
        }
        Object nation = jwt.getClaims().get(names.nation());
        if (!(nation instanceof String code) || !Nations.isKnown(code)) {
            return Result.refused("claim '" + names.nation()
                    + "' must be an ISO 3166-1 alpha-3 code or an organisation code");
        }
        Optional<List<String>> roles = list(jwt, names.roles(), true);
        if (roles.isEmpty()) {
            return Result.refused("claim '" + names.roles() + "' must be a list of role names");
        }
        Optional<List<String>> coalitions = list(jwt, names.coalitions(), false);
        if (coalitions.isEmpty()) {
            return Result.refused("claim '" + names.coalitions() + "', when present, must be a list of coalition ids");
        }
        Optional<List<String>> clearances = list(jwt, names.clearances(), false);
        if (clearances.isEmpty()) {
            return Result.refused("claim '" + names.clearances() + "', when present, must be a list of names");
        }
        List<String> known = roles.get().stream().filter(Roles.ALL::contains).distinct().toList();
        return new Result(new Actor(actorId, code, known, coalitions.get(), clearances.get()), null);
    }

    private static Optional<List<String>> list(Jwt jwt, String claim, boolean required) {
        Object value = jwt.getClaims().get(claim);
        if (value == null) {
            return required ? Optional.empty() : Optional.of(List.of());
        }
        if (!(value instanceof List<?> entries) || entries.size() > MAX_ENTRIES) {
            return Optional.empty();
        }
        for (Object entry : entries) {
            if (!(entry instanceof String text) || !LIST_ENTRY.matcher(text).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(entries.stream().map(String.class::cast).toList());
    }

    /** An actor, or why there is none. */
    public record Result(Actor actor, String refusal) {

        static Result refused(String reason) {
            return new Result(null, reason);
        }
    }
}
