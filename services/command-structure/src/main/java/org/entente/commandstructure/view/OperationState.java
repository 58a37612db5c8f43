package org.entente.commandstructure.view;

import org.entente.commandstructure.operation.ClosureCause;
import org.entente.commandstructure.operation.OperationStatus;

import java.time.Instant;

/**
 * An operation at a glance.
 *
 * @param version the last event this state includes
 */
public record OperationState(String operationId, String coalitionId, String name, String exerciseId,
                             OperationStatus status, String leadNation, Instant establishedAt, Instant closedAt,
                             ClosureCause closureCause, int headquarters, int forcesUnderCoalitionAuthority,
                             int openTaskings, long version) {
}
