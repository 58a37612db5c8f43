package org.entente.commandstructure.view;

import org.entente.commandstructure.headquarters.Component;
import org.entente.commandstructure.headquarters.Level;

/** One headquarters in a chain of command. */
public record CommandLink(String nodeId, String name, Level level, Component component, String commanderNation) {
}
