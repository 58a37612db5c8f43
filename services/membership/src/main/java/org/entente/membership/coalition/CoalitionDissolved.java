package org.entente.membership.coalition;

public record CoalitionDissolved(String coalitionId) {
}
