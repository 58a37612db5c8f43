package org.entente.membership.coalition;

import java.time.LocalDate;

/**
 * What authorises the coalition or a change to its mandate, as a citable reference.
 *
 * @param reference e.g. {@code S/RES/1973 (2011)} or {@code North Atlantic Treaty, Art. 5}
 * @param title     optional short title
 * @param adoptedOn optional date of adoption
 */
public record LegalBasis(LegalBasisType type, String reference, String title, LocalDate adoptedOn) {
}
