package org.entente.basing.sustainment;

public record SustainmentReflagged(String requestId, String coalitionId, String agreementId, ReflagCause cause,
                                   SustainmentStatus status) {
}
