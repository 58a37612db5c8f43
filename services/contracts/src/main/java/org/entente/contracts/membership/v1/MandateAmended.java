package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * @param classification EXPANSION, CONTRACTION, EXTENSION or RENEWAL; an amendment that adds objectives is always an
 *                       EXPANSION, so mission creep shows in the history
 * @param mandate        the whole mandate after the amendment
 * @param legalBasis     the basis of the amendment, when it has its own (e.g. a new resolution); may be null
 */
public record MandateAmended(@Bounded(length = Bounds.ID) String coalitionId,
                             @Bounded(length = Bounds.ID) String amendmentId,
                             @Bounded(length = Bounds.CODE) String classification,
                             Mandate mandate,
                             LegalBasis legalBasis) implements MembershipEventV1 {
}
