package org.entente.membership.member;

/** An event about one member of a coalition. */
public interface MemberEvent {

    String nation();
}
