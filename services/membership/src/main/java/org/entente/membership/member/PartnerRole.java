package org.entente.membership.member;

/** Why a non-member state is associated with the coalition. */
public enum PartnerRole {
    HOST_NATION,
    TRANSIT_STATE,
    OPERATIONAL_PARTNER,
    FINANCIAL_CONTRIBUTOR,
    OBSERVER
}
