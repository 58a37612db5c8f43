package org.entente.platform.security;

import org.entente.platform.decision.Actor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A verified token with the actor it names, read once when the request is authenticated; the dispatcher, the access
 * rules and releasability all take the actor from here instead of reading the claims again.
 */
public class ActorAuthentication extends JwtAuthenticationToken {

    private final transient Actor actor;

    public ActorAuthentication(Jwt jwt, Actor actor) {
        super(jwt, actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(), actor.id());
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
