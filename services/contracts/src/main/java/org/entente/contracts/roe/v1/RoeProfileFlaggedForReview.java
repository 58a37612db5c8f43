package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * The coalition's mandate was expanded: the profile needs re-authorising, and meanwhile no engagement check passes.
 *
 * @param amendmentId the membership service's amendment id
 */
public record RoeProfileFlaggedForReview(@Bounded(length = Bounds.ID) String operationId,
                                         @Bounded(length = Bounds.ID) String coalitionId,
                                         @Bounded(length = Bounds.ID) String amendmentId)
        implements RulesOfEngagementEventV1 {
}
