package org.entente.platform.domain;

/**
 * A command broke a rule of the domain given the current state (answered 409). Input that is malformed whatever the
 * state is rejected before it reaches the domain (answered 400).
 */
public class RuleViolation extends RuntimeException {

    private final String rule;

    /**
     * @param rule   a stable, kebab-case name of the rule, e.g. {@code only-active-members-pledge}
     * @param detail what went wrong, for a human
     */
    public RuleViolation(String rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
