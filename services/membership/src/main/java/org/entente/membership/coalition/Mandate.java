package org.entente.membership.coalition;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the coalition is to achieve, where, and until when ({@code expiresOn} null: open-ended).
 */
public record Mandate(List<String> objectives, String area, LocalDate expiresOn) {

    public Mandate {
        objectives = List.copyOf(objectives);
    }

    /** Objectives this mandate has that {@code before} did not. */
    public Set<String> objectivesAddedSince(Mandate before) {
        Set<String> added = new LinkedHashSet<>(objectives);
        added.removeAll(before.objectives());
        return added;
    }

    /** Objectives {@code before} had that this mandate no longer has. */
    public Set<String> objectivesRemovedSince(Mandate before) {
        Set<String> removed = new LinkedHashSet<>(before.objectives());
        removed.removeAll(objectives);
        return removed;
    }

    public boolean expiresLaterThan(Mandate before) {
        if (expiresOn == null) {
            return before.expiresOn() != null;
        }
        return before.expiresOn() != null && expiresOn.isAfter(before.expiresOn());
    }
}
