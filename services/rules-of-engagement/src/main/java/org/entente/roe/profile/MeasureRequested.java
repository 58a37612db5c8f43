package org.entente.roe.profile;

public record MeasureRequested(String operationId, String coalitionId, String requestId, String measureCode,
                               String parameter, String nation, String commander) {
}
