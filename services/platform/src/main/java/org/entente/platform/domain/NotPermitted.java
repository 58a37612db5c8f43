package org.entente.platform.domain;

/**
 * The actor is authenticated but a rule of authority refuses them this particular act (a planner acting for another
 * nation, a council member of another coalition, a red card on another nation's force). Answered 403 with the rule.
 */
public class NotPermitted extends RuntimeException {

    private final String rule;

    public NotPermitted(String rule, String reason) {
        super(reason);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
