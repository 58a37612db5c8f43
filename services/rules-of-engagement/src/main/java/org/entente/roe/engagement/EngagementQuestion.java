package org.entente.roe.engagement;

import java.time.Instant;

/**
 * May force {@code forceId} perform measure {@code measureCode} in operation {@code operationId}, from base
 * {@code baseId} (a basing agreement id; optional), in {@code area} (optional), at {@code at}?
 */
public record EngagementQuestion(String operationId, String forceId, String measureCode, String baseId, String area,
                                 Instant at) {
}
