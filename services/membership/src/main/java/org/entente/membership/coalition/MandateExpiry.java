package org.entente.membership.coalition;

import java.time.LocalDate;

/** The deadline of a mandate's expiry: it lapses at the end of its {@code expiresOn} day (UTC). */
public record MandateExpiry(String coalitionId, LocalDate expiresOn) {

    public static final String DEADLINE = "mandate-expiry";
}
