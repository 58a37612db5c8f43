package org.entente.contracts.membership.v1;

/**
 * @param classification EXPANSION, CONTRACTION, EXTENSION or RENEWAL; an amendment that adds objectives is always an
 *                       EXPANSION, so mission creep shows in the history
 * @param mandate        the whole mandate after the amendment
 * @param legalBasis     the basis of the amendment, when it has its own (e.g. a new resolution); may be null
 */
public record MandateAmended(String coalitionId, String amendmentId, String classification, Mandate mandate,
                             LegalBasis legalBasis) {
}
