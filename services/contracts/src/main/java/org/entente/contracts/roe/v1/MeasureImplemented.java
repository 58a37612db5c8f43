package org.entente.contracts.roe.v1;

public record MeasureImplemented(String operationId, String coalitionId, String requestId, String measureCode) {
}
