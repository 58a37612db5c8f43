package org.entente.membership.coalition;

import org.entente.platform.domain.RuleViolation;

import java.util.Objects;

/**
 * A coalition belongs to one tabletop exercise, or to none (the real world), for its whole life. A command from
 * another exercise, or a real-world command to an exercise coalition, never touches it: cascades do not cross
 * exercises.
 */
final class ExerciseBoundary {

    private ExerciseBoundary() {
    }

    static void check(String coalitionExercise, Object commandExercise) {
        String requested = commandExercise == null ? null : commandExercise.toString();
        if (!Objects.equals(coalitionExercise, requested)) {
            throw new RuleViolation("commands-stay-in-their-exercise", coalitionExercise == null
                    ? "this is a real-world coalition; a command of exercise " + requested + " cannot change it"
                    : "this coalition belongs to exercise " + coalitionExercise + "; the command "
                    + (requested == null ? "names no exercise (send X-Exercise-Id)" : "belongs to " + requested));
        }
    }
}
