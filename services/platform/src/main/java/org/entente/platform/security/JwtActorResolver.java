package org.entente.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.entente.platform.decision.Actor;
import org.entente.platform.decision.ActorResolver;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The actor of a request is the one its verified token names: never a header or a body field. */
public class JwtActorResolver implements ActorResolver {

    private final ActorClaims claims;

    public JwtActorResolver(ActorClaims claims) {
        this.claims = claims;
    }

    @Override
    public Actor resolve(HttpServletRequest request) {
        return current(claims);
    }

    /** The actor of the request being served on this thread. */
    public static Actor current(ActorClaims claims) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new AuthenticationCredentialsNotFoundException("a bearer token is required");
        }
        ActorClaims.Result result = claims.read(jwt);
        if (result.actor() == null) {
            // The validator refused such tokens already; reaching here means a misconfigured decoder.
            throw new AuthenticationCredentialsNotFoundException(result.refusal());
        }
        return result.actor();
    }
}
