package org.entente.basing.agreement;

/** The stages an agreement advances through, in this order. */
public enum AgreementStage {
    MOU_SIGNED(AgreementAction.SIGN_MOU),
    TECHNICAL_ARRANGEMENT_SIGNED(AgreementAction.SIGN_TECHNICAL_ARRANGEMENT),
    IN_FORCE(AgreementAction.ENTER_INTO_FORCE);

    private final AgreementAction action;

    AgreementStage(AgreementAction action) {
        this.action = action;
    }

    public AgreementAction action() {
        return action;
    }

    public AgreementStatus status() {
        return AgreementStatus.valueOf(name());
    }
}
