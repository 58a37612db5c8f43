package org.entente.membership.coalition;

public record MandateAmended(String coalitionId, String amendmentId, AmendmentClass classification, Mandate mandate,
                             LegalBasis legalBasis) {
}
