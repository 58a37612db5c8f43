package org.entente.commandstructure.authority;

/** Degrees of authority a nation transfers to a coalition commander, strongest first. Full command stays national. */
public enum Degree {
    OPCOM, OPCON, TACOM, TACON
}
