package org.entente.platform.deadline;

import java.time.Instant;

/**
 * When a fact due at an instant of the world's time fires on the wall clock. In the real world that is the instant
 * itself; inside a tabletop exercise it is when the exercise's game clock reaches it (paused, sped up), which the
 * exercise service will provide by replacing this bean.
 */
@FunctionalInterface
public interface DeadlineClock {

    /** The wall clock's own: a fact due at {@code due} fires then (at once if that has passed). */
    DeadlineClock WALL = (due, exerciseId) -> due;

    /** The wall-clock instant at which a fact due at {@code due} in exercise {@code exerciseId} (null: real) fires. */
    Instant firesAt(Instant due, String exerciseId);
}
