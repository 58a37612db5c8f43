package org.entente.contracts.roe.v1;

public record MeasureCancelled(String operationId, String coalitionId, String requestId, String measureCode,
                               String reason) {
}
