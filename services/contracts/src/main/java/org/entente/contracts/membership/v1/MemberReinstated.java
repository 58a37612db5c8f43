package org.entente.contracts.membership.v1;

/** @param nation ISO 3166 alpha-3 code or an organisation code */
public record MemberReinstated(String coalitionId, String nation) {
}
