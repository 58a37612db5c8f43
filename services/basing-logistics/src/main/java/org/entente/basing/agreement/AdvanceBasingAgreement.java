package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the agreement reached its next stage (a signed memorandum, arrangement, entry into force). */
public record AdvanceBasingAgreement(@TargetAggregateIdentifier String agreementId, AgreementStage stage) {
}
