package org.entente.roe.profile;

public record MeasureImplemented(String operationId, String coalitionId, String requestId, String measureCode) {
}
