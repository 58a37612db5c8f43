package org.entente.roe.reference;

import java.util.List;

/**
 * One measure of the compendium.
 *
 * @param code      series number and letter, e.g. {@code 13A}
 * @param series    the series it belongs to
 * @param effect    whether it allows or forbids the action
 * @param title     the action, in a few words
 * @param parameter the value it asks for when requested; null if none
 * @param activity  the base activity acting on it involves, if any (a base must permit it)
 * @param narrows   for a prohibition: the broader permissions it carves an exception out of; where both are
 *                  authorised, the prohibition wins
 */
public record Measure(String code, MeasureSeries series, Effect effect, String title, Parameter parameter,
                      BaseActivity activity, List<String> narrows) {

    public Measure {
        narrows = List.copyOf(narrows);
    }

    public boolean isProhibition() {
        return effect == Effect.PROHIBITION;
    }

    public boolean takesZone() {
        return parameter != null && parameter.kind() == ParameterKind.ZONE;
    }

    public String letter() {
        return code.substring(code.length() - 1);
    }
}
