package org.entente.contracts.membership.v1;

/**
 * @param kind    FORMAL_ALLIANCE or AD_HOC
 * @param purpose COLLECTIVE_DEFENCE, STABILIZATION, PEACE_ENFORCEMENT, PEACEKEEPING, HUMANITARIAN,
 *                SANCTIONS_ENFORCEMENT, COUNTER_TERRORISM, MARITIME_SECURITY, OTHER
 * @param leadNation ISO 3166 alpha-3 code or an organisation code
 * @param exerciseId the tabletop exercise this coalition belongs to; null for a real-world coalition
 */
public record CoalitionFormed(String coalitionId, String name, String kind, String purpose, LegalBasis legalBasis,
                              String leadNation, Mandate mandate, String exerciseId) {
}
