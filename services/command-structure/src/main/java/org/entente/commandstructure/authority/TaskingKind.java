package org.entente.commandstructure.authority;

/**
 * What a commander may order a force to do. Mission kinds give the force a new mission; the others direct it within a
 * mission it has, move it, or reorganise it. Which degree allows which kind is the {@link AuthorityTable}'s business.
 */
public enum TaskingKind {
    PATROL("give the force a patrol mission"),
    SURVEILLANCE("give the force a surveillance or reconnaissance mission"),
    ESCORT("give the force an escort mission"),
    INTERDICTION("give the force a mission to stop and inspect or turn back traffic (e.g. an embargo)"),
    STRIKE("give the force a strike mission"),
    TASK_WITHIN_MISSION("give the force a task inside the mission and functions it already has"),
    DIRECT_MOVEMENT("direct the force's movement and manoeuvre locally, to carry out a task it has"),
    REDEPLOY("move the force to another place of operations"),
    REASSIGN_FORCE("hand the force on to another commander"),
    EMPLOY_COMPONENTS_SEPARATELY("split the force and employ its parts apart from each other");

    private final String meaning;

    TaskingKind(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
