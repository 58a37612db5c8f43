package org.entente.membership.pledge;

public enum PledgeStatus {
    /** Committed, not yet fully delivered. */
    OPEN,
    /** Delivered in full. */
    FULFILLED,
    /** Taken back by the nation, or fallen with its withdrawal from the coalition. */
    WITHDRAWN
}
