package org.entente.contracts.membership.v1;

public record LeadNationChanged(String coalitionId, String leadNation, String previousLeadNation) {
}
