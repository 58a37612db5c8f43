package org.entente.contracts.membership.v1;

public record PartnerAssociationEnded(String coalitionId, String nation) {
}
