package org.entente.membership.member;

public record MemberWithdrawn(String coalitionId, String nation) implements MemberEvent {
}
