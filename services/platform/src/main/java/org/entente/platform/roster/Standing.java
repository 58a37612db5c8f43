package org.entente.platform.roster;

/** Where a nation stands in a coalition, as learned from the membership topic. */
public enum Standing {
    ACTIVE_MEMBER, SUSPENDED_MEMBER, WITHDRAWN_MEMBER, PARTNER, FORMER_PARTNER, UNKNOWN;

    public boolean isActiveMember() {
        return this == ACTIVE_MEMBER;
    }
}
