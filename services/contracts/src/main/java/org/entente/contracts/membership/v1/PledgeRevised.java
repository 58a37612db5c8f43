package org.entente.contracts.membership.v1;

import java.time.LocalDate;

/** The nation changed its commitment; amount and due date are the values after the revision. */
public record PledgeRevised(String coalitionId, String pledgeId, String revisionId, Amount amount, LocalDate dueDate) {
}
