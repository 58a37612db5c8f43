package org.entente.platform.history;

import org.entente.platform.decision.Actor;

import java.util.Optional;

/** The actor on whose behalf the current thread reads, if it serves a request; empty for the service's own work. */
@FunctionalInterface
public interface CurrentReader {

    CurrentReader NONE = Optional::empty;

    Optional<Actor> get();
}
