package org.entente.membership.member;

public record MemberSuspended(String coalitionId, String nation) implements MemberEvent {
}
