package org.entente.roe.reference;

/**
 * The series of the compendium, each with its number (the first part of a measure code) and the weakest degree of
 * coalition authority under which a commander may order a force to act on one of its measures: directing movement
 * and defence needs little, detention and strikes need operational control, since nations answer for them directly.
 */
public enum MeasureSeries {
    SELF_DEFENCE(10, Degree.TACON),
    MISSION_ACCOMPLISHMENT(11, Degree.TACOM),
    FREEDOM_OF_MOVEMENT(12, Degree.TACON),
    WARNING_SHOTS(13, Degree.TACON),
    USE_OF_FORCE_LEVELS(14, Degree.TACOM),
    DETENTION(15, Degree.OPCON),
    AIRSPACE(16, Degree.TACON),
    MARITIME_INTERDICTION(17, Degree.TACOM),
    SURVEILLANCE(18, Degree.TACON),
    TARGETING(19, Degree.OPCON),
    SUPPORT(20, Degree.TACON);

    private final int number;
    private final Degree authorityNeeded;

    MeasureSeries(int number, Degree authorityNeeded) {
        this.number = number;
        this.authorityNeeded = authorityNeeded;
    }

    public int number() {
        return number;
    }

    public Degree authorityNeeded() {
        return authorityNeeded;
    }
}
