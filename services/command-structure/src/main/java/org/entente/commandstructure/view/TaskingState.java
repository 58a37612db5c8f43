package org.entente.commandstructure.view;

import org.entente.commandstructure.authority.TaskingKind;
import org.entente.commandstructure.tasking.TaskingEndCause;
import org.entente.commandstructure.tasking.TaskingStatus;

import java.time.Instant;

/**
 * A tasking and what became of it. The red-card decision says who decided ({@code decidedBy}, the actor) and why
 * ({@code decisionRationale}).
 */
public record TaskingState(String taskingId, String nodeId, String forceId, String nation, TaskingKind kind,
                           String function, String area, String description, TaskingStatus status,
                           Instant taskedAt, String taskedBy, String redCardHolder, String decidedBy,
                           String decisionRationale, Instant decidedAt, String vetoReason, TaskingEndCause endCause,
                           Instant endedAt) {
}
