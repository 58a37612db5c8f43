package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.LocalDate;

/**
 * A mistaken PledgeMade or PledgeRevised entry is corrected: read the referenced event with these values instead.
 * Nothing is updated in place; the original stays in the history.
 *
 * @param entryId         the pledge id for the original entry, or the revision id
 * @param correctsEventId the id of the event that recorded the mistaken entry
 * @param reason          why the entry was wrong
 */
public record PledgeEntryCorrected(@Bounded(length = Bounds.ID) String coalitionId,
                                   @Bounded(length = Bounds.ID) String pledgeId,
                                   @Bounded(length = Bounds.ID) String entryId,
                                   @Bounded(length = Bounds.ID) String correctsEventId,
                                   Amount amount,
                                   LocalDate dueDate,
                                   @Bounded(length = Bounds.NOTE) String reason) implements MembershipEventV1 {
}
