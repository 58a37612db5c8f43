package org.entente.roe.reference;

import java.util.Optional;

/**
 * Degrees of authority a nation transfers to a coalition commander, strongest first (the vocabulary shared with the
 * command-structure service). A stronger degree includes what a weaker one allows.
 */
public enum Degree {
    OPCOM, OPCON, TACOM, TACON;

    /** Does authority of this degree reach as far as {@code needed}? */
    public boolean reaches(Degree needed) {
        return ordinal() <= needed.ordinal();
    }

    /** A degree named by another service; empty for a name this service does not know. */
    public static Optional<Degree> named(String name) {
        for (Degree degree : values()) {
            if (degree.name().equals(name)) {
                return Optional.of(degree);
            }
        }
        return Optional.empty();
    }
}
