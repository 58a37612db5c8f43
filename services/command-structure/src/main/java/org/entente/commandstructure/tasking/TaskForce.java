package org.entente.commandstructure.tasking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.commandstructure.authority.TaskingKind;

/**
 * A headquarters tasks a force under coalition authority.
 *
 * @param function what the tasking serves, checked against the placement's functions; null = its kind
 * @param area     where, checked against the placement's area; null = the placement's area
 */
public record TaskForce(@TargetAggregateIdentifier String operationId, String taskingId, String nodeId,
                        String forceId, TaskingKind kind, String function, String area, String description) {
}
