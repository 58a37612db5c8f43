package org.entente.membership.member;

public record MemberReinstated(String coalitionId, String nation) implements MemberEvent {
}
