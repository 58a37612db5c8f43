package org.entente.roe.profile;

public record RoeProfileReauthorised(String operationId, String coalitionId) {
}
