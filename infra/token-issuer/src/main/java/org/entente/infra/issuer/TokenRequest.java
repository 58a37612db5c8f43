package org.entente.infra.issuer;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a token says about its bearer: who (the subject), the nation they act for, their roles, the coalitions their
 * council role is scoped to, any clearances (e.g. {@code coalition-wide-audit}), and how long it is valid.
 */
public record TokenRequest(String actor, String nation, List<String> roles, List<String> coalitions,
                           List<String> clearances, Duration validFor) {

    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(8);

    public TokenRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(nation, "nation");
        roles = List.copyOf(roles == null ? List.of() : roles);
        coalitions = List.copyOf(coalitions == null ? List.of() : coalitions);
        clearances = List.copyOf(clearances == null ? List.of() : clearances);
        validFor = validFor == null ? DEFAULT_VALIDITY : validFor;
    }

    public static TokenRequest of(String actor, String nation, String... roles) {
        return new TokenRequest(actor, nation, List.of(roles), List.of(), List.of(), null);
    }

    public TokenRequest forCoalitions(String... coalitionIds) {
        return new TokenRequest(actor, nation, roles, List.of(coalitionIds), clearances, validFor);
    }

    public TokenRequest withClearances(String... granted) {
        return new TokenRequest(actor, nation, roles, coalitions, List.of(granted), validFor);
    }

    public TokenRequest validFor(Duration duration) {
        return new TokenRequest(actor, nation, roles, coalitions, clearances, duration);
    }
}
