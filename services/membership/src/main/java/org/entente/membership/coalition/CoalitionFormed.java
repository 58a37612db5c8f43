package org.entente.membership.coalition;

/** @param exerciseId the tabletop exercise the coalition belongs to, fixed for its whole life; null if real */
public record CoalitionFormed(String coalitionId, String name, CoalitionKind kind, CoalitionPurpose purpose,
                              LegalBasis legalBasis, String leadNation, Mandate mandate, String exerciseId) {
}
