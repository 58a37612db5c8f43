package org.entente.contracts.membership.v1;

import java.time.LocalDate;

/**
 * A mistaken PledgeMade or PledgeRevised entry is corrected: read the referenced event with these values instead.
 * Nothing is updated in place; the original stays in the history.
 *
 * @param entryId         the pledge id for the original entry, or the revision id
 * @param correctsEventId the id of the event that recorded the mistaken entry
 * @param reason          why the entry was wrong
 */
public record PledgeEntryCorrected(String coalitionId, String pledgeId, String entryId, String correctsEventId,
                                   Amount amount, LocalDate dueDate, String reason) {
}
