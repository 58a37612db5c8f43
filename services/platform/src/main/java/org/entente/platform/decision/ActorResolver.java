package org.entente.platform.decision;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds out who is making a request. The platform's resolver reads the verified token
 * ({@link org.entente.platform.security.JwtActorResolver}).
 */
public interface ActorResolver {

    Actor resolve(HttpServletRequest request);
}
