package org.entente.membership.coalition;

public enum LegalBasisType {
    UN_SECURITY_COUNCIL_RESOLUTION,
    TREATY_ARTICLE,
    HOST_GOVERNMENT_INVITATION,
    REGIONAL_ORGANISATION_DECISION,
    SELF_DEFENCE,
    OTHER
}
