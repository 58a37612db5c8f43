package org.entente.commandstructure.operation;

import org.entente.platform.domain.RuleViolation;

import java.util.Objects;

/**
 * An operation belongs to its coalition's tabletop exercise, or to none (the real world), for its whole life. A
 * command from another exercise never touches it: cascades do not cross exercises.
 */
final class ExerciseBoundary {

    private ExerciseBoundary() {
    }

    static void check(String exercise, Object commandExercise, String what) {
        String requested = commandExercise == null ? null : commandExercise.toString();
        if (!Objects.equals(exercise, requested)) {
            throw new RuleViolation("commands-stay-in-their-exercise", exercise == null
                    ? what + " is real-world; a command of exercise " + requested + " cannot concern it"
                    : what + " belongs to exercise " + exercise + "; the command "
                    + (requested == null ? "names no exercise (send X-Exercise-Id)" : "belongs to " + requested));
        }
    }
}
