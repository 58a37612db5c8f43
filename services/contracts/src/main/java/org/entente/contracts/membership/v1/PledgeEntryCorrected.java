package org.entente.contracts.membership.v1;

import java.time.LocalDate;

/**
 * A mistaken PledgeMade or PledgeRevised entry is corrected: read the referenced event with these values instead.
 * Nothing is updated in place; the original stays in the history.
 */
public record PledgeEntryCorrected(String coalitionId, String pledgeId, String correctsEventId, Amount amount,
                                   LocalDate dueDate) {
}
