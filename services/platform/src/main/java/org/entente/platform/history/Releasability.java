package org.entente.platform.history;

import org.entente.platform.decision.Actor;
import org.entente.platform.decision.Decision;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.Roles;

/**
 * Who may see an event: every reader when it is releasable to all members (the default); otherwise the nations it
 * names, the nation whose actor recorded it, and an auditor whose token carries the coalition-wide audit clearance.
 * No reader (the service's own work: reactions, the relay, the aggregates) sees everything.
 */
public final class Releasability {

    private Releasability() {
    }

    public static boolean visibleTo(Actor reader, Decision decision) {
        if (reader == null || decision.releasableTo().contains(DecisionMetadata.ALL_MEMBERS)) {
            return true;
        }
        if (reader.hasRole(Roles.AUDITOR) && reader.clearances().contains(Roles.COALITION_WIDE_AUDIT)) {
            return true;
        }
        return reader.nation() != null && (decision.releasableTo().contains(reader.nation())
                || reader.nation().equals(decision.actorNation()));
    }
}
