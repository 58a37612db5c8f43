package org.entente.commandstructure.headquarters;

/** Levels of command, from the top down: a headquarters sits at a level below its parent's. */
public enum Level {
    STRATEGIC, OPERATIONAL, COMPONENT, TACTICAL;

    public boolean isBelow(Level other) {
        return ordinal() > other.ordinal();
    }
}
