package org.entente.commandstructure.operation;

/** Why an operation closed: its coalition dissolved, or it ended by decision. */
public enum ClosureCause {
    COALITION_DISSOLVED, CONCLUDED
}
