package org.entente.basing.clearance;

/** A clearance number for one flight, or an annual clearance covering many. */
public enum ClearanceKind {
    PER_FLIGHT, ANNUAL
}
