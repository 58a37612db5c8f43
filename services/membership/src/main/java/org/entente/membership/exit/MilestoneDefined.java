package org.entente.membership.exit;

import java.time.LocalDate;
import java.util.List;

public record MilestoneDefined(String coalitionId, String milestoneId, String name, List<String> criteria,
                               LocalDate targetDate) implements MilestoneEvent {

    public MilestoneDefined {
        criteria = List.copyOf(criteria);
    }
}
