package org.entente.contracts.roe.v1;

/**
 * A request still awaiting authorisation closed because its nation left the coalition's active membership.
 *
 * @param cause MEMBER_WITHDRAWN, MEMBER_SUSPENDED
 */
public record MeasureRequestClosed(String operationId, String coalitionId, String requestId, String measureCode,
                                   String nation, String cause) {
}
