package org.entente.membership.coalition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the mandate with {@code mandate}, classified; {@code legalBasis} when the amendment has its own. */
public record AmendMandate(@TargetAggregateIdentifier String coalitionId, String amendmentId,
                           AmendmentClass classification, Mandate mandate, LegalBasis legalBasis) {
}
