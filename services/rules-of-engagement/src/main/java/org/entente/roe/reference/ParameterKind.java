package org.entente.roe.reference;

import java.util.regex.Pattern;

/** What a measure's parameter is, and what a value of it must look like. */
public enum ParameterKind {
    /** A named area, zone, port or state; limits a permission to it, or a prohibition to it. */
    ZONE(Pattern.compile("\\S.{0,99}", Pattern.DOTALL), "a name of 1 to 100 characters"),
    /** A distance in whole metres. */
    DISTANCE_METRES(Pattern.compile("[1-9][0-9]{0,6}"), "a whole number of metres, 1 to 9999999"),
    /** A duration in whole hours. */
    HOURS(Pattern.compile("[1-9][0-9]{0,3}"), "a whole number of hours, 1 to 9999"),
    /** Who: a category of persons or property. */
    PERSONS(Pattern.compile("\\S.{0,199}", Pattern.DOTALL), "a description of 1 to 200 characters"),
    /** An authority: who approves, or to whom something is handed over. */
    AUTHORITY(Pattern.compile("\\S.{0,199}", Pattern.DOTALL), "a description of 1 to 200 characters");

    private final Pattern format;
    private final String expected;

    ParameterKind(Pattern format, String expected) {
        this.format = format;
        this.expected = expected;
    }

    public boolean accepts(String value) {
        return value != null && format.matcher(value).matches();
    }

    public String expected() {
        return expected;
    }
}
