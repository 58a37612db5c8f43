package org.entente.basing.agreement;

/** Why something was suspended: decided by the parties, or a cascade of the nation's standing in the coalition. */
public enum SuspensionCause {
    DECISION, MEMBER_WITHDRAWN, MEMBER_SUSPENDED, PARTNER_ENDED;

    /** A cascade asks for what is due: already suspended or ended is nothing to do, not an error. */
    public boolean isCascade() {
        return this != DECISION;
    }
}
