package org.entente.membership.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The nation changes its commitment: a new amount and due date from the decision's effective time on. */
public record RevisePledge(@TargetAggregateIdentifier String coalitionId, String pledgeId, String revisionId,
                           Amount amount, LocalDate dueDate) {
}
