package org.entente.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where in a token Entente finds what it needs ({@code entente.security.claims.*}). The defaults match the local
 * token issuer; an external issuer (e.g. Keycloak) is mapped by configuration, see docs/security.md.
 *
 * @param claims the claim names
 */
@ConfigurationProperties("entente.security")
public record SecurityProperties(@DefaultValue Claims claims) {

    /**
     * @param actor      the actor's id ({@code sub}; Keycloak: {@code preferred_username})
     * @param nation     the nation the actor acts for, an ISO 3166-1 alpha-3 or organisation code
     * @param roles      the actor's Entente roles, a list of strings
     * @param coalitions the coalitions a council (coalition-authority) role is scoped to, a list of ids
     * @param clearances clearances such as {@code coalition-wide-audit}, a list of strings
     */
    public record Claims(@DefaultValue("sub") String actor,
                         @DefaultValue("nation") String nation,
                         @DefaultValue("roles") String roles,
                         @DefaultValue("coalitions") String coalitions,
                         @DefaultValue("clearances") String clearances) {
    }
}
