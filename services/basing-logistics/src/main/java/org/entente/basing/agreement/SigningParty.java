package org.entente.basing.agreement;

/** The two parties to a basing agreement, each of which signs every stage of it. */
public enum SigningParty {
    /** A planner of the host nation: its territory, its signature. */
    HOST_NATION,
    /** The coalition's council (role coalition-authority, the coalition in the token). */
    COALITION
}
