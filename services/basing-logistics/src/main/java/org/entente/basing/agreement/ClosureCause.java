package org.entente.basing.agreement;

/** Why an agreement was closed for good. */
public enum ClosureCause {
    /** Cascade of the coalition's dissolution. */
    COALITION_DISSOLVED,
    /** The coalition no longer needs the base. */
    CONCLUDED
}
