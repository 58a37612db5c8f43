package org.entente.contracts.membership.v1;

/** The partner's role or governance assessment changed; both fields carry the values after the change. */
public record PartnerStatusChanged(String coalitionId, String nation, String role, String governance) {
}
