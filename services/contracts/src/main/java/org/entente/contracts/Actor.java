package org.entente.contracts;

import java.util.List;

/** Who decided: the actor, the nation on whose behalf they act, and the roles they held when deciding. */
public record Actor(String id, String nation, List<String> roles) {

    public Actor {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
