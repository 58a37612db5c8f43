package org.entente.basing.sustainment;

public enum SustainmentClosureCause {
    /** Cascade of the coalition's dissolution. */
    COALITION_DISSOLVED,
    /** The force no longer needs the supplies. */
    CANCELLED
}
