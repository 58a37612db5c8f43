package org.entente.roe.profile;

public record MeasureAuthorised(String operationId, String coalitionId, String requestId, String measureCode) {
}
