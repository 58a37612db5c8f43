package org.entente.basing.clearance;

/** Where a diplomatic clearance stands. */
public enum ClearanceStatus {
    REQUESTED, GRANTED, DENIED, EXPIRED, SUSPENDED, CLOSED;

    /** Denied, expired or closed: nothing changes it any more (a new request is a new clearance). */
    public boolean isEnded() {
        return this == DENIED || this == EXPIRED || this == CLOSED;
    }
}
