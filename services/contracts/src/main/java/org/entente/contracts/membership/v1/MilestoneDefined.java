package org.entente.contracts.membership.v1;

import java.time.LocalDate;
import java.util.List;

/** A milestone of the exit strategy: transition criteria to meet by a target date. */
public record MilestoneDefined(String coalitionId, String milestoneId, String name, List<String> criteria,
                               LocalDate targetDate) {
}
