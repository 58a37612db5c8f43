package org.entente.roe.profile;

public record MeasureRequestClosed(String operationId, String coalitionId, String requestId, String measureCode,
                                   String nation, RequestClosureCause cause) {
}
