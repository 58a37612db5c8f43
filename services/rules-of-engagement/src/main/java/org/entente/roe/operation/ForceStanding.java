package org.entente.roe.operation;

/** Where a force stands towards the coalition in one operation. */
public enum ForceStanding {
    UNDER_COALITION_AUTHORITY, RECALLED, RETURNED_TO_NATIONAL_COMMAND
}
