package org.entente.roe.profile;

public enum ProfileStatus {
    OPEN, CLOSED
}
