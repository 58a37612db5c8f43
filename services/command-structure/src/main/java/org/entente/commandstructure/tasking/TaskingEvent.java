package org.entente.commandstructure.tasking;

/** An event about one tasking. */
public interface TaskingEvent {

    String taskingId();
}
