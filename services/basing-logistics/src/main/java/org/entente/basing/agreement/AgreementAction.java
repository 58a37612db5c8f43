package org.entente.basing.agreement;

/** What can happen to an agreement, each with the rule that names where it is not allowed. */
public enum AgreementAction {
    SIGN_MOU("stages-follow-in-order"),
    SIGN_TECHNICAL_ARRANGEMENT("stages-follow-in-order"),
    ENTER_INTO_FORCE("stages-follow-in-order"),
    RESTRICT("only-agreements-in-force-are-restricted"),
    SUSPEND("only-open-agreements-are-suspended"),
    REINSTATE("only-suspended-agreements-are-reinstated"),
    RENEW("only-concluded-agreements-are-renewed"),
    EXPIRE("only-agreements-in-force-expire"),
    REVOKE("only-signed-agreements-are-revoked"),
    CLOSE("ended-agreements-stay-ended");

    private final String rule;

    AgreementAction(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
