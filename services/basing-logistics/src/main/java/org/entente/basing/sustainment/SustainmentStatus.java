package org.entente.basing.sustainment;

/** Where a sustainment request stands. */
public enum SustainmentStatus {
    REQUESTED, PARTLY_FULFILLED, SHORTFALL, FULFILLED, CLOSED;

    /** Still waiting for (some of) its supplies. */
    public boolean isOpen() {
        return this != FULFILLED && this != CLOSED;
    }
}
