package org.entente.basing.theatre;

import org.entente.platform.domain.RuleViolation;

import java.util.Objects;

/**
 * A record of this service belongs to its coalition's tabletop exercise, or to none (the real world), for its whole
 * life: a command of another exercise never touches it, so cascades do not cross exercises.
 */
public final class ExerciseBoundary {

    private ExerciseBoundary() {
    }

    public static void check(String recordExercise, Object commandExercise, String what) {
        String requested = commandExercise == null ? null : commandExercise.toString();
        if (!Objects.equals(recordExercise, requested)) {
            throw new RuleViolation("commands-stay-in-their-exercise", recordExercise == null
                    ? "this " + what + " is real-world; a command of exercise " + requested + " cannot change it"
                    : "this " + what + " belongs to exercise " + recordExercise + "; the command "
                    + (requested == null ? "names no exercise (send X-Exercise-Id)" : "belongs to " + requested));
        }
    }
}
