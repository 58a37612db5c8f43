package org.entente.platform.decision;

import java.util.List;

/**
 * Who is deciding: an identity, the nation they act for, their roles, the coalitions a council role is scoped to and
 * any clearances. Resolved from the verified token by an {@link ActorResolver}; never taken from a request body.
 */
public record Actor(String id, String nation, List<String> roles, List<String> coalitions, List<String> clearances) {

    public Actor {
        roles = List.copyOf(roles);
        coalitions = coalitions == null ? List.of() : List.copyOf(coalitions);
        clearances = clearances == null ? List.of() : List.copyOf(clearances);
    }

    /** An actor as recorded in an event's metadata, where only id, nation and roles are kept. */
    public Actor(String id, String nation, List<String> roles) {
        this(id, nation, roles, List.of(), List.of());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
