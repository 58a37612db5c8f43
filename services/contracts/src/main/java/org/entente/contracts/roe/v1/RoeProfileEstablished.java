package org.entente.contracts.roe.v1;

/** @param exerciseId the exercise of the operation's coalition, fixed for the profile's life; null if real */
public record RoeProfileEstablished(String operationId, String coalitionId, String exerciseId) {
}
