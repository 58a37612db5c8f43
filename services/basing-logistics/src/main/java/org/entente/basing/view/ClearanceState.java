package org.entente.basing.view;

import org.entente.basing.clearance.ClearanceClosureCause;
import org.entente.basing.clearance.ClearanceKind;
import org.entente.basing.clearance.ClearancePurpose;
import org.entente.basing.clearance.ClearanceStatus;
import org.entente.basing.clearance.ClearanceSuspensionCause;

import java.time.Instant;
import java.util.List;

/**
 * A diplomatic clearance as it stood at an instant.
 *
 * @param shortNotice requested with less notice than the granting state's lead time (accepted as urgent)
 * @param validNow    granted, and between its first use and the end of its validity at that instant
 */
public record ClearanceState(String clearanceId, String coalitionId, String exerciseId, String userNation,
                             String grantingNation, ClearanceKind kind, ClearancePurpose purpose, String aircraft,
                             Instant firstUseAt, int requiredNoticeDays, boolean shortNotice, ClearanceStatus status,
                             String clearanceNumber, Instant validUntil, List<String> conditions, boolean validNow,
                             String denialReason, ClearanceSuspensionCause suspensionCause,
                             ClearanceClosureCause closureCause, List<Step> steps, long version) {
}
