package org.entente.membership.exit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** A milestone of the exit strategy: transition criteria to meet by a target date. */
public record DefineMilestone(@TargetAggregateIdentifier String coalitionId, String milestoneId, String name,
                              List<String> criteria, LocalDate targetDate) {

    public DefineMilestone {
        criteria = List.copyOf(criteria);
    }
}
