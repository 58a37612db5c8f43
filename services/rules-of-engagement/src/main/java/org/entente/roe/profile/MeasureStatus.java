package org.entente.roe.profile;

/** Where a measure stands in a profile. Only AUTHORISED and IMPLEMENTED measures permit or prohibit anything. */
public enum MeasureStatus {
    REQUESTED, AUTHORISED, IMPLEMENTED, CANCELLED, CLOSED;

    public boolean inForce() {
        return this == AUTHORISED || this == IMPLEMENTED;
    }

    /** Requested, authorised or implemented: not yet ended. */
    public boolean open() {
        return this != CANCELLED && this != CLOSED;
    }
}
