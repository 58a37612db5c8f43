package org.entente.commandstructure.view;

import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForceStatus;

import java.util.List;

/**
 * Who commanded a force at the instant asked: the headquarters it was placed under first, then each one above it up
 * to the strategic headquarters. Empty while the force was under national command only.
 */
public record ChainOfCommand(String forceId, String nation, ForceStatus status, Degree degree,
                             List<CommandLink> chain) {
}
