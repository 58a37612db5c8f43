package org.entente.commandstructure.tasking;

/** Why a tasking lapsed. */
public enum TaskingEndCause {
    FORCE_RECALLED, RETURNED_TO_NATIONAL_COMMAND, AUTHORITY_CHANGED, OPERATION_CLOSED
}
