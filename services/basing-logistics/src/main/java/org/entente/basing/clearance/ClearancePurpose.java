package org.entente.basing.clearance;

/** What the state aircraft needs the granting state's permission for. */
public enum ClearancePurpose {
    OVERFLIGHT, LANDING, OVERFLIGHT_AND_LANDING
}
