package org.entente.roe.profile;

public record RoeProfileFlaggedForReview(String operationId, String coalitionId, String amendmentId) {
}
