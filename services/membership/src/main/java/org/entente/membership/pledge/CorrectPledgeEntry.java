package org.entente.membership.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Corrects a mistaken entry of the pledge: the original commitment ({@code entryId} = the pledge id) or a revision
 * ({@code entryId} = the revision id). A correction says what the entry should have said; a revision says the nation
 * changed its mind.
 */
public record CorrectPledgeEntry(@TargetAggregateIdentifier String coalitionId, String pledgeId, String entryId,
                                 Amount amount, LocalDate dueDate, String reason) {
}
