package org.entente.roe.profile;

public record MeasureCancelled(String operationId, String coalitionId, String requestId, String measureCode,
                               String reason) {
}
