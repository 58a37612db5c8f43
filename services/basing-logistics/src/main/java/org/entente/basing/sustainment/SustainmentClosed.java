package org.entente.basing.sustainment;

public record SustainmentClosed(String requestId, String coalitionId, SustainmentClosureCause cause, String reason,
                                SustainmentStatus status) {
}
