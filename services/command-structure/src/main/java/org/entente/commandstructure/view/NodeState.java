package org.entente.commandstructure.view;

import org.entente.commandstructure.headquarters.Component;
import org.entente.commandstructure.headquarters.Level;

import java.time.Instant;
import java.util.List;

/** A headquarters in the order of battle, with the forces placed directly under it and its subordinates. */
public record NodeState(String nodeId, String name, Level level, Component component, String commanderNation,
                        String parentNodeId, Instant establishedAt, List<PlacedForce> forces,
                        List<NodeState> subordinates) {

    /** A force as the order of battle shows it. */
    public record PlacedForce(String forceId, String nation, String forceType, int size,
                              org.entente.commandstructure.authority.Degree degree, List<String> functions,
                              String area, Instant scopeFrom, Instant scopeUntil) {
    }
}
