package org.entente.basing.theatre;

/** What a base may be used for: the shared vocabulary of basing agreements (the rules of engagement read it too). */
public enum Activity {
    LOGISTICS, ISR, STRIKE, AIR_DEFENCE, AIR_REFUELLING, MARITIME_PATROL, SPECIAL_OPERATIONS, MEDICAL_EVACUATION,
    TRAINING
}
