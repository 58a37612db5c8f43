package org.entente.contracts.roe.v1;

public record CaveatLifted(String coalitionId, String nation, String caveatId, String reason) {
}
