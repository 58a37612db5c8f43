package org.entente.basing.sustainment;

/** What happened to the basing agreement a request is routed through. */
public enum ReflagCause {
    AGREEMENT_REVOKED, AGREEMENT_SUSPENDED, AGREEMENT_RESTRICTED, AGREEMENT_EXPIRED, AGREEMENT_CLOSED
}
