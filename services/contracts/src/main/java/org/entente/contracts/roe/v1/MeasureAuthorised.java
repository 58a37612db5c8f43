package org.entente.contracts.roe.v1;

/** The authority that authorised it is the envelope's {@code authority}; it is always present. */
public record MeasureAuthorised(String operationId, String coalitionId, String requestId, String measureCode) {
}
