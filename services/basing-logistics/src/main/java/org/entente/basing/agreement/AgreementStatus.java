package org.entente.basing.agreement;

/**
 * Where a basing agreement stands. It is negotiated in steps (request, memorandum of understanding, technical
 * arrangement, implementation arrangement = in force); only an agreement in force permits anything.
 */
public enum AgreementStatus {
    REQUESTED, MOU_SIGNED, TECHNICAL_ARRANGEMENT_SIGNED, IN_FORCE, SUSPENDED, EXPIRED, REVOKED, CLOSED;

    /** Revoked or closed: nothing changes it any more. */
    public boolean isEnded() {
        return this == REVOKED || this == CLOSED;
    }
}
