package org.entente.roe.caveat;

public record CaveatArchived(String coalitionId, String nation, String caveatId, CaveatEndCause cause) {
}
