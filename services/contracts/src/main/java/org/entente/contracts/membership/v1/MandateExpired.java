package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.LocalDate;

/**
 * The coalition's mandate lapsed at the end of {@code expiresOn} (UTC) without an amendment extending it; recorded by
 * the membership service itself (actor {@code service:membership}), effective then, its cause the event that set the
 * mandate.
 */
public record MandateExpired(@Bounded(length = Bounds.ID) String coalitionId, LocalDate expiresOn)
        implements MembershipEventV1 {
}
