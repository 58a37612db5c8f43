package org.entente.commandstructure.tasking;

public enum TaskingStatus {
    /** Waiting for the red-card holder of the force's nation. */
    PENDING_APPROVAL,
    ISSUED,
    VETOED,
    /** Lapsed with the authority it relied on. */
    ENDED;

    public boolean isOpen() {
        return this == PENDING_APPROVAL || this == ISSUED;
    }
}
