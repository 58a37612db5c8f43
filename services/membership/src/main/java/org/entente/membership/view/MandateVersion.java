package org.entente.membership.view;

import org.entente.membership.coalition.AmendmentClass;
import org.entente.membership.coalition.LegalBasis;
import org.entente.membership.coalition.Mandate;
import org.entente.platform.history.RecordedEvent;

import java.time.Instant;
import java.util.List;

/**
 * One version of the mandate: the initial one (no amendment id, no classification) or an amendment, with what it
 * added and removed, who decided and on whose authority. Read in order, these show mission creep.
 */
public record MandateVersion(String amendmentId, AmendmentClass classification, Mandate mandate,
                             LegalBasis legalBasis, List<String> addedObjectives, List<String> removedObjectives,
                             Instant effectiveTime, Instant recordedTime, String actor, String actorNation,
                             String rationale, String authority, String eventId) {

    static MandateVersion of(String amendmentId, AmendmentClass classification, Mandate mandate, LegalBasis legalBasis,
                             Mandate before, RecordedEvent event) {
        List<String> added = before == null ? List.of() : List.copyOf(mandate.objectivesAddedSince(before));
        List<String> removed = before == null ? List.of() : List.copyOf(mandate.objectivesRemovedSince(before));
        var decision = event.decision();
        return new MandateVersion(amendmentId, classification, mandate, legalBasis, added, removed,
                event.effectiveTime(), event.recordedTime(), decision.actor(), decision.actorNation(),
                decision.rationale(), decision.authority(), event.eventId());
    }
}
