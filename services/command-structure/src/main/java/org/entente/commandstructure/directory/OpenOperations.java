package org.entente.commandstructure.directory;

import java.util.List;

/** A coalition's open operations, oldest first: what a reaction to a membership event acts on. */
@FunctionalInterface
public interface OpenOperations {

    List<String> of(String coalitionId);
}
