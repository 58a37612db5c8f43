package org.entente.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.entente.platform.decision.Actor;
import org.entente.platform.decision.ActorResolver;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import java.util.Optional;

/** The actor of a request is the one its verified token names: never a header or a body field. */
public class JwtActorResolver implements ActorResolver {

    @Override
    public Actor resolve(HttpServletRequest request) {
        return current();
    }

    /** The actor of the request being served on this thread. */
    public static Actor current() {
        return reader().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("a bearer token is required"));
    }

    /** The actor of the request being served on this thread, if it serves one. */
    public static Optional<Actor> reader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof ActorAuthentication verified ? Optional.of(verified.actor()) : Optional.empty();
    }
}
