package org.entente.roe.profile;

import org.entente.platform.domain.RuleViolation;
import org.entente.roe.reference.Measure;

/** A measure is requested with exactly the parameter it asks for, in the form the compendium gives. */
final class ParameterRule {

    private static final String RULE = "the-parameter-must-fit-the-measure";

    private ParameterRule() {
    }

    static void check(Measure measure, String parameter) {
        if (measure.parameter() == null) {
            if (parameter != null) {
                throw new RuleViolation(RULE, "measure " + measure.code() + " takes no parameter");
            }
            return;
        }
        if (parameter == null) {
            if (measure.parameter().required()) {
                throw new RuleViolation(RULE, "measure " + measure.code() + " needs " + measure.parameter().asks()
                        + " (" + measure.parameter().kind().expected() + ")");
            }
            return;
        }
        if (!measure.parameter().kind().accepts(parameter)) {
            throw new RuleViolation(RULE, "the parameter of measure " + measure.code() + " must be "
                    + measure.parameter().kind().expected());
        }
    }
}
