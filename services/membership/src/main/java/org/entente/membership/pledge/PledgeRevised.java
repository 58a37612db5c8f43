package org.entente.membership.pledge;

import java.time.LocalDate;

public record PledgeRevised(String coalitionId, String pledgeId, String revisionId,
                            Amount amount, LocalDate dueDate) implements PledgeEvent {
}
