package org.entente.basing.clearance;

import java.time.Instant;

/** The deadline of a granted clearance: at {@code validUntil} it expires by itself. */
public record ClearanceEnd(String clearanceId, Instant validUntil) {

    public static final String DEADLINE = "clearance-end";
}
