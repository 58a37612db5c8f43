package org.entente.membership.view;

import org.entente.membership.coalition.CoalitionKind;
import org.entente.membership.coalition.CoalitionPurpose;
import org.entente.membership.coalition.CoalitionStatus;
import org.entente.membership.coalition.LegalBasis;
import org.entente.membership.coalition.Mandate;

import java.time.Instant;

/**
 * A coalition as it stood at one instant.
 *
 * @param mandateLapsedAt when the mandate lapsed (its expiry passed without an extension); null while in force
 * @param version the sequence number of the last event this state includes; the coalition's current version, for
 *                If-Match, is the ETag of a read without asOf and knownAt
 */
public record CoalitionState(String coalitionId, String name, CoalitionKind kind, CoalitionPurpose purpose,
                             LegalBasis legalBasis, String leadNation, String leadNationName, Mandate mandate,
                             Instant mandateLapsedAt, String exerciseId, CoalitionStatus status, Instant formedAt,
                             Instant dissolvedAt,
                             long version, int activeMembers, int suspendedMembers, int partners, int pledges,
                             int openPledges, int milestones) {
}
