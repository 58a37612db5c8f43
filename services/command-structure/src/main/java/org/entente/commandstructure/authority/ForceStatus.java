package org.entente.commandstructure.authority;

public enum ForceStatus {
    UNDER_COALITION_AUTHORITY, RECALLED, RETURNED_TO_NATIONAL_COMMAND;

    public boolean underCoalitionAuthority() {
        return this == UNDER_COALITION_AUTHORITY;
    }
}
