package org.entente.membership.coalition;

public record LeadNationChanged(String coalitionId, String leadNation, String previousLeadNation) {
}
