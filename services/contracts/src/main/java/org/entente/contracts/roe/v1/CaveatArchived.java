package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * The caveat no longer applies because its nation is no longer an active member, or the coalition is gone; it stays
 * in the history.
 *
 * @param cause MEMBER_WITHDRAWN, MEMBER_SUSPENDED, COALITION_DISSOLVED
 */
public record CaveatArchived(@Bounded(length = Bounds.ID) String coalitionId,
                             @Bounded(length = Bounds.NATION) String nation,
                             @Bounded(length = Bounds.ID) String caveatId,
                             @Bounded(length = Bounds.CODE) String cause) implements RulesOfEngagementEventV1 {
}
