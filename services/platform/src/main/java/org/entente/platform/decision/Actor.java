package org.entente.platform.decision;

import java.util.List;

/**
 * Who is deciding: an identity, the nation they act for, and their roles. Resolved from the request by an
 * {@link ActorResolver}; never taken from a request body.
 */
public record Actor(String id, String nation, List<String> roles) {

    public Actor {
        roles = List.copyOf(roles);
    }
}
