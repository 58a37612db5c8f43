package org.entente.contracts.membership.v1;

import java.time.LocalDate;

/** @param category FORCES, FUNDING, LOGISTICS, BASING or SANCTIONS_ENFORCEMENT */
public record PledgeMade(String coalitionId, String pledgeId, String nation, String category, Amount amount,
                         LocalDate dueDate, String description) {
}
