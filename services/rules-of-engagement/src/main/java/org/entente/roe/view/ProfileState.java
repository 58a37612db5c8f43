package org.entente.roe.view;

import org.entente.roe.profile.MeasureStatus;
import org.entente.roe.profile.ProfileStatus;

import java.util.List;

/**
 * An operation's ROE profile at one instant.
 *
 * @param amendmentsUnderReview mandate expansions not yet answered by a re-authorisation; non-empty = under review
 * @param version               the last event of the profile this state includes
 */
public record ProfileState(String operationId, String coalitionId, String exerciseId, ProfileStatus status,
                           String closedCause, boolean underReview, List<String> amendmentsUnderReview,
                           Step established, Step lastReauthorised, Step closed, List<MeasureState> measures,
                           long version) {

    /** The measures authorised or implemented, and neither cancelled nor closed: what the profile says now. */
    public List<MeasureState> inForce() {
        return measures.stream().filter(m -> m.status().inForce()).toList();
    }

    public List<MeasureState> withStatus(MeasureStatus status) {
        return measures.stream().filter(m -> m.status() == status).toList();
    }
}
