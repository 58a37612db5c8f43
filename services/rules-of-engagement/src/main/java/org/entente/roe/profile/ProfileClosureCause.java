package org.entente.roe.profile;

public enum ProfileClosureCause {
    OPERATION_CLOSED, COALITION_DISSOLVED
}
