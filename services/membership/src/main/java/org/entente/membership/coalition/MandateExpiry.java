package org.entente.membership.coalition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The deadline of a mandate's expiry: it lapses at the end of its {@code expiresOn} day (UTC). */
public record MandateExpiry(String coalitionId, LocalDate expiresOn) {

    public static final String DEADLINE = "mandate-expiry";

    /** When a mandate expiring on {@code expiresOn} lapses. */
    public static Instant lapsesAt(LocalDate expiresOn) {
        return expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
