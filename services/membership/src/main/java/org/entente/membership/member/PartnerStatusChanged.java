package org.entente.membership.member;

public record PartnerStatusChanged(String coalitionId, String nation, PartnerRole role,
                                   Governance governance) implements PartnerEvent {
}
