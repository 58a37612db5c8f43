package org.entente.membership.coalition;

import java.time.LocalDate;

/**
 * The mandate lapsed: the end of its {@code expiresOn} day came without an amendment extending it. Recorded by the
 * service itself when the day ends (a deadline), effective at the end of that day, caused by the event that set it.
 */
public record MandateExpired(String coalitionId, LocalDate expiresOn) {
}
