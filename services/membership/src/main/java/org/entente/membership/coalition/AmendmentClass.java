package org.entente.membership.coalition;

/**
 * How a mandate amendment changes the mandate. Classifying every amendment is what makes mission creep visible in the
 * history: an amendment that adds objectives can only be an EXPANSION.
 */
public enum AmendmentClass {
    /** Adds objectives or widens the area. */
    EXPANSION,
    /** Removes objectives or narrows the area. */
    CONTRACTION,
    /** Moves the expiry later, nothing else. */
    EXTENSION,
    /** Renews the mandate on a new legal basis, with a new expiry. */
    RENEWAL
}
