package org.entente.basing.clearance;

public enum ClearanceClosureCause {
    COALITION_DISSOLVED
}
