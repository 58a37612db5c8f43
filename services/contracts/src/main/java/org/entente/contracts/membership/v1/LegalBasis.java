package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.LocalDate;

/**
 * What authorises the coalition or a change to its mandate.
 *
 * @param type      UN_SECURITY_COUNCIL_RESOLUTION, TREATY_ARTICLE, HOST_GOVERNMENT_INVITATION,
 *                  REGIONAL_ORGANISATION_DECISION, SELF_DEFENCE, OTHER
 * @param reference the citable reference, e.g. {@code S/RES/1973 (2011)} or {@code North Atlantic Treaty, Art. 5}
 * @param title     a short human title, optional
 * @param adoptedOn when it was adopted, optional
 */
public record LegalBasis(@Bounded(length = Bounds.CODE) String type,
                         @Bounded(length = Bounds.NAME) String reference,
                         @Bounded(length = Bounds.LABEL) String title,
                         LocalDate adoptedOn) {
}
