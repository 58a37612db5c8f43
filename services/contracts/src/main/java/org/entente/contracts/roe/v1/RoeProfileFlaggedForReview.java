package org.entente.contracts.roe.v1;

/**
 * The coalition's mandate was expanded: the profile needs re-authorising, and meanwhile no engagement check passes.
 *
 * @param amendmentId the membership service's amendment id
 */
public record RoeProfileFlaggedForReview(String operationId, String coalitionId, String amendmentId) {
}
