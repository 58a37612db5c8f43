package org.entente.platform.exercise;

import org.axonframework.messaging.MetaData;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.RuleViolation;

import java.util.Objects;

/**
 * Every record belongs to one tabletop exercise, or to none (the real world), for its whole life, and a command of
 * another exercise never touches it: cascades do not cross exercises. The exercise a command or an event belongs to is
 * in its decision metadata ({@code X-Exercise-Id} on a request, an envelope's {@code exerciseId} on a topic), never in
 * a payload: that is the one place every service reads it from.
 */
public final class ExerciseBoundary {

    private ExerciseBoundary() {
    }

    /** The exercise a command or an event belongs to; null for the real world. */
    public static String of(MetaData metaData) {
        Object exercise = metaData.get(DecisionMetadata.EXERCISE_ID);
        return exercise == null ? null : exercise.toString();
    }

    /**
     * @param recordExercise the exercise of the record the command concerns (null: real world)
     * @param command        the command's metadata
     * @param what           the record, for the refusal, e.g. "operation op-1"
     * @throws RuleViolation {@code commands-stay-in-their-exercise}
     */
    public static void check(String recordExercise, MetaData command, String what) {
        String requested = of(command);
        if (!Objects.equals(recordExercise, requested)) {
            throw new RuleViolation("commands-stay-in-their-exercise", recordExercise == null
                    ? what + " is real-world; a command of exercise " + requested + " cannot change it"
                    : what + " belongs to exercise " + recordExercise + "; the command "
                    + (requested == null ? "names no exercise (send X-Exercise-Id)" : "belongs to " + requested));
        }
    }
}
