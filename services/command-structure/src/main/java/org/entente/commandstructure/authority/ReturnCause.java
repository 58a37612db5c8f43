package org.entente.commandstructure.authority;

/** Why forces went back to national command without their nation recalling them. */
public enum ReturnCause {
    MEMBER_WITHDRAWN, MEMBER_SUSPENDED, OPERATION_CLOSED
}
