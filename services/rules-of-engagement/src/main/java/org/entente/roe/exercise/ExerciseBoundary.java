package org.entente.roe.exercise;

import org.entente.platform.domain.RuleViolation;

import java.util.Objects;

/**
 * A profile or caveat record belongs to its coalition's tabletop exercise, or to none (the real world), for its whole
 * life; a command from anywhere else never touches it, so cascades do not cross exercises.
 */
public final class ExerciseBoundary {

    private ExerciseBoundary() {
    }

    public static void check(String recordExercise, Object commandExercise) {
        String requested = commandExercise == null ? null : commandExercise.toString();
        if (!Objects.equals(recordExercise, requested)) {
            throw new RuleViolation("commands-stay-in-their-exercise", recordExercise == null
                    ? "this belongs to the real world; a command of exercise " + requested + " cannot change it"
                    : "this belongs to exercise " + recordExercise + "; the command "
                    + (requested == null ? "names no exercise (send X-Exercise-Id)" : "belongs to " + requested));
        }
    }
}
