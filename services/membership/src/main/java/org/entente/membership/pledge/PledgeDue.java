package org.entente.membership.pledge;

import java.time.LocalDate;

/** The deadline of a pledge: at the end of its due date (UTC) a pledge not yet fulfilled falls due. */
public record PledgeDue(String coalitionId, String pledgeId, LocalDate dueDate) {

    public static final String DEADLINE = "pledge-due";
}
