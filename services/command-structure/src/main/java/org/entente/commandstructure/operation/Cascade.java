package org.entente.commandstructure.operation;

/**
 * A command sent in reaction to another service's event. On an operation closed in the meantime it records nothing
 * rather than fail: the reaction lists open operations without the aggregate's lock, so a closure may commit between
 * the list and the send, and a failure would dead-letter the whole event (every other operation's returns with it).
 */
public interface Cascade {

    /** Whether this command follows from another service's event, and not from a decision taken here. */
    default boolean followsElsewhere() {
        return true;
    }
}
