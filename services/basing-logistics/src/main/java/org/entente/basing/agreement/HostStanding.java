package org.entente.basing.agreement;

/** How the host nation stood in the coalition when the base was requested: a member, or a non-member partner. */
public enum HostStanding {
    ACTIVE_MEMBER, PARTNER
}
