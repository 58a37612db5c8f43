package org.entente.commandstructure.view;

import java.time.Instant;
import java.util.List;

/**
 * The operation's command tree with the forces under coalition authority at {@code asOf}, as known at
 * {@code knownAt}. Forces placed under a headquarters not (yet) in effect are listed apart rather than lost.
 */
public record OrderOfBattle(String operationId, String leadNation, Instant asOf, Instant knownAt,
                            List<NodeState> tree, List<NodeState.PlacedForce> unattached) {
}
