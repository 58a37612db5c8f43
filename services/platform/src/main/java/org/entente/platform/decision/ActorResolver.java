package org.entente.platform.decision;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds out who is making a request. The foundation resolves from headers with a development default
 * ({@link HeaderActorResolver}); a deployment with authentication replaces this bean with one that reads the verified
 * token, and nothing else changes.
 */
public interface ActorResolver {

    /** @throws InvalidInput when the request names an actor that cannot be right */
    Actor resolve(HttpServletRequest request);
}
