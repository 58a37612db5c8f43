package org.entente.contracts.roe.v1;

/**
 * The caveat no longer applies because its nation is no longer an active member, or the coalition is gone; it stays
 * in the history.
 *
 * @param cause MEMBER_WITHDRAWN, MEMBER_SUSPENDED, COALITION_DISSOLVED
 */
public record CaveatArchived(String coalitionId, String nation, String caveatId, String cause) {
}
