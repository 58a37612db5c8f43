package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * @param kind    FORMAL_ALLIANCE or AD_HOC
 * @param purpose COLLECTIVE_DEFENCE, STABILIZATION, PEACE_ENFORCEMENT, PEACEKEEPING, HUMANITARIAN,
 *                SANCTIONS_ENFORCEMENT, COUNTER_TERRORISM, MARITIME_SECURITY, OTHER
 * @param leadNation ISO 3166 alpha-3 code or an organisation code
 * @param exerciseId the tabletop exercise this coalition belongs to; null for a real-world coalition
 */
public record CoalitionFormed(@Bounded(length = Bounds.ID) String coalitionId,
                              @Bounded(length = Bounds.NAME) String name,
                              @Bounded(length = Bounds.CODE) String kind,
                              @Bounded(length = Bounds.CODE) String purpose,
                              LegalBasis legalBasis,
                              @Bounded(length = Bounds.NATION) String leadNation,
                              Mandate mandate,
                              @Bounded(length = Bounds.EXERCISE_ID) String exerciseId) implements MembershipEventV1 {
}
