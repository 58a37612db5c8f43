package org.entente.membership.pledge;

import java.time.LocalDate;

public record PledgeMade(String coalitionId, String pledgeId, String nation, PledgeCategory category, Amount amount,
                         LocalDate dueDate, String description) implements PledgeEvent {
}
