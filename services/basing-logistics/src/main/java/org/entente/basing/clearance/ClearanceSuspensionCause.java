package org.entente.basing.clearance;

/** Why a clearance was suspended: the granting state's standing in the coalition changed. */
public enum ClearanceSuspensionCause {
    MEMBER_WITHDRAWN, MEMBER_SUSPENDED
}
