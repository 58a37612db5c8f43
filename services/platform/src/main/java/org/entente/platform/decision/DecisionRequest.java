package org.entente.platform.decision;

import jakarta.validation.Valid;

/** The body of a command that needs nothing but the decision: a suspension, a withdrawal, a dissolution. */
public record DecisionRequest(@Valid DecisionInput decision) {

    public static final DecisionRequest NONE = new DecisionRequest(null);
}
