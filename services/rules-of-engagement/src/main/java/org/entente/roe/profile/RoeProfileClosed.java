package org.entente.roe.profile;

public record RoeProfileClosed(String operationId, String coalitionId, ProfileClosureCause cause) {
}
