package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * A state associated with the coalition without being a member.
 *
 * @param role       HOST_NATION, TRANSIT_STATE, OPERATIONAL_PARTNER, FINANCIAL_CONTRIBUTOR, OBSERVER
 * @param governance DEMOCRATIC, NON_DEMOCRATIC or UNASSESSED
 */
public record PartnerAssociated(@Bounded(length = Bounds.ID) String coalitionId,
                                @Bounded(length = Bounds.NATION) String nation,
                                @Bounded(length = Bounds.CODE) String role,
                                @Bounded(length = Bounds.CODE) String governance) implements MembershipEventV1 {
}
