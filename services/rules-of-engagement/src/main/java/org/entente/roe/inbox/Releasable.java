package org.entente.roe.inbox;

import org.entente.contracts.EventEnvelope;
import org.entente.platform.decision.Actor;
import org.entente.platform.decision.Decision;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.history.Releasability;

import java.util.Arrays;
import java.util.List;

/**
 * Whom an upstream event was releasable to, kept with what a read model learned from it: the nations its envelope
 * names (or every member) and the nation of the actor who recorded it. A reader sees the fact by the same rule as this
 * service's own events ({@link Releasability}).
 */
public record Releasable(List<String> releasableTo, String actorNation) {

    public static final Releasable ALL_MEMBERS = new Releasable(List.of(DecisionMetadata.ALL_MEMBERS), null);

    public Releasable {
        releasableTo = releasableTo == null || releasableTo.isEmpty() ? List.of(DecisionMetadata.ALL_MEMBERS)
                : List.copyOf(releasableTo);
    }

    public static Releasable of(EventEnvelope event) {
        return new Releasable(event.releasableTo(), event.actor() == null ? null : event.actor().nation());
    }

    /** As stored in a read model's column: the nations, comma-separated. */
    public static Releasable stored(String releasableTo, String actorNation) {
        return new Releasable(releasableTo == null || releasableTo.isBlank() ? List.of()
                : Arrays.stream(releasableTo.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList(),
                actorNation);
    }

    public String column() {
        return String.join(",", releasableTo);
    }

    /** May {@code reader} see it? A null reader is the service's own work, which sees everything. */
    public boolean visibleTo(Actor reader) {
        return Releasability.visibleTo(reader, Decision.by(null, actorNation, List.of()).releasableTo(releasableTo)
                .build());
    }
}
