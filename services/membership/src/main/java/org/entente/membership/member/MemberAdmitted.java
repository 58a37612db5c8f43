package org.entente.membership.member;

public record MemberAdmitted(String coalitionId, String nation) implements MemberEvent {
}
