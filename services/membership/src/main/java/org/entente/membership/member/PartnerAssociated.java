package org.entente.membership.member;

public record PartnerAssociated(String coalitionId, String nation, PartnerRole role,
                                Governance governance) implements PartnerEvent {
}
