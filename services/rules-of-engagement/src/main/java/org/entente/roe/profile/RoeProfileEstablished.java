package org.entente.roe.profile;

/** @param exerciseId the coalition's exercise, fixed for the profile's life; null if real */
public record RoeProfileEstablished(String operationId, String coalitionId, String exerciseId) {
}
