package org.entente.membership.coalition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.platform.decision.DecisionOfConsequence;

/** Replaces the mandate with {@code mandate}, classified; {@code legalBasis} when the amendment has its own. */
@DecisionOfConsequence
public record AmendMandate(@TargetAggregateIdentifier String coalitionId, String amendmentId,
                           AmendmentClass classification, Mandate mandate, LegalBasis legalBasis) {
}
