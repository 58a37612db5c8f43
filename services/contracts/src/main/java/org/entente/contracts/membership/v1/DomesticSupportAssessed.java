package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.math.BigDecimal;

/**
 * An assessment of domestic support in a nation for its part in the coalition (e.g. a poll, a parliamentary vote).
 * The envelope's subject is the nation's support series, {@code <coalitionId>/support/<nation>}.
 *
 * @param supportPercent share in favour, 0 to 100
 * @param source         where the figure comes from
 */
public record DomesticSupportAssessed(@Bounded(length = Bounds.ID) String coalitionId,
                                      @Bounded(length = Bounds.NATION) String nation,
                                      BigDecimal supportPercent,
                                      @Bounded(length = Bounds.LABEL) String source) implements MembershipEventV1 {
}
