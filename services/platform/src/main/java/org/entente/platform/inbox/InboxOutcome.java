package org.entente.platform.inbox;

/** What the inbox did with one record. */
public enum InboxOutcome {
    /** The next event of its subject: every reaction ran and the watermark moved on. */
    APPLIED,
    /** At or below the watermark: already applied, nothing done. */
    DUPLICATE,
    /**
     * Beyond the next expected sequence: an earlier event of the subject has not been applied yet. The relay publishes
     * each subject in order and re-sends a failed batch from its first unacknowledged event, so the missing events
     * arrive again followed by this one; applying it now would apply events out of order.
     */
    DEFERRED,
    /** Could never be processed: sent to the dead-letter topic with the reason. */
    DEAD_LETTERED,
    /** A dead-lettered event whose reactions an operator ran again after fixing the cause, and that succeeded. */
    REDRIVEN
}
