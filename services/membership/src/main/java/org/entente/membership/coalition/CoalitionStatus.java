package org.entente.membership.coalition;

public enum CoalitionStatus {
    ACTIVE,
    DISSOLVED
}
