package org.entente.roe.reference;

/** What a force may do from a base: the vocabulary shared with the basing-logistics service's agreements. */
public enum BaseActivity {
    LOGISTICS, ISR, STRIKE, AIR_DEFENCE, AIR_REFUELLING, MARITIME_PATROL, SPECIAL_OPERATIONS, MEDICAL_EVACUATION,
    TRAINING
}
