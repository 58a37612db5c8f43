package org.entente.membership.member;

public enum MemberStatus {
    ACTIVE,
    SUSPENDED,
    WITHDRAWN
}
