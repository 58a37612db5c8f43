package org.entente.commandstructure.operation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Closes the operation: every force returns to national command first; nothing changes afterwards. A closure because
 * the coalition dissolved follows from the membership topic and records nothing on an operation closed already; a
 * concluded one is a decision taken here, refused on a closed operation.
 */
public record CloseOperation(@TargetAggregateIdentifier String operationId, ClosureCause cause)
        implements Cascade {

    @Override
    public boolean followsElsewhere() {
        return cause == ClosureCause.COALITION_DISSOLVED;
    }
}
