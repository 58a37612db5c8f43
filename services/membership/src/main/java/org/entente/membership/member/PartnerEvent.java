package org.entente.membership.member;

/** An event about one non-member partner of a coalition. */
public interface PartnerEvent {

    String nation();
}
