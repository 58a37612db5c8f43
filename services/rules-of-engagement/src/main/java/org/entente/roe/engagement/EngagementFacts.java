package org.entente.roe.engagement;

import org.entente.platform.roster.Standing;
import org.entente.roe.basing.BaseAgreement;
import org.entente.roe.inbox.UnprocessedEvent;
import org.entente.roe.operation.ForcePlacement;
import org.entente.roe.profile.KnownOperation;
import org.entente.roe.view.CaveatState;
import org.entente.roe.view.ProfileState;

import java.util.List;

/**
 * What the engagement check is decided on, gathered from the profile, the caveats and the read models of the other
 * services' topics.
 *
 * @param profile  the operation's profile now; null when none was established
 * @param force    the force in the operation as command-structure last described it; null when never placed
 * @param standing the force's nation in the coalition's roster (UNKNOWN when the force is unknown)
 * @param caveats  the caveats of the force's nation in the coalition, as they stand now
 * @param base        the basing agreement asked about; null when none was asked about or it is unknown
 * @param unprocessed the events of the operation (command-structure topic) and of the base asked about (basing
 *                    topic) that this service dead-lettered: the read models above may be incomplete
 */
public record EngagementFacts(KnownOperation operation, ProfileState profile, ForcePlacement force, Standing standing,
                              List<CaveatState> caveats, BaseAgreement base, List<UnprocessedEvent> unprocessed) {

    public EngagementFacts {
        caveats = caveats == null ? List.of() : List.copyOf(caveats);
        unprocessed = unprocessed == null ? List.of() : List.copyOf(unprocessed);
    }
}
