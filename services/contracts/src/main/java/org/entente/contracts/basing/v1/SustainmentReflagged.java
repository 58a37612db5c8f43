package org.entente.contracts.basing.v1;

/**
 * The basing agreement the request is routed through was revoked, suspended or restricted so that it no longer permits
 * logistics: the request is flagged as a shortfall again.
 *
 * @param cause AGREEMENT_REVOKED, AGREEMENT_SUSPENDED or AGREEMENT_RESTRICTED
 */
public record SustainmentReflagged(String requestId, String coalitionId, String agreementId, String cause,
                                   String status) {
}
