package org.entente.membership.member;

public record PartnerAssociationEnded(String coalitionId, String nation) implements PartnerEvent {
}
