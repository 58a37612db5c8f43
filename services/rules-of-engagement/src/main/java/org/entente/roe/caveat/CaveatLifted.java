package org.entente.roe.caveat;

public record CaveatLifted(String coalitionId, String nation, String caveatId, String reason) {
}
