package org.entente.membership.pledge;

import java.time.LocalDate;

/**
 * The pledge's due date passed and it was not fulfilled: recorded by the service itself at the end of that day,
 * caused by the entry (the pledge or its revision) that set the date.
 */
public record PledgeFellDue(String coalitionId, String pledgeId, LocalDate dueDate) implements PledgeEvent {
}
