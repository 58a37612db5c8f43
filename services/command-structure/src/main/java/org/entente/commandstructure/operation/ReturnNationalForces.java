package org.entente.commandstructure.operation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.commandstructure.authority.ReturnCause;

/**
 * Every force of {@code nation} under coalition authority returns to national command, its taskings end, and the
 * nation gives up the lead if it had it. Records nothing when there is nothing to return, nor on a closed operation:
 * a reaction may ask twice, or after the closure.
 */
public record ReturnNationalForces(@TargetAggregateIdentifier String operationId, String nation, ReturnCause cause)
        implements Cascade {
}
