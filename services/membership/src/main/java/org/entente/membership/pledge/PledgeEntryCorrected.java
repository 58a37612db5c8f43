package org.entente.membership.pledge;

import java.time.LocalDate;

/** @param correctsEventId the event that recorded the mistaken entry; read it with these values instead */
public record PledgeEntryCorrected(String coalitionId, String pledgeId, String entryId, String correctsEventId,
                                   Amount amount, LocalDate dueDate, String reason) implements PledgeEvent {
}
