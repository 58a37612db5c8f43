package org.entente.contracts.membership.v1;

/** The coalition is dissolved; nothing of it changes after this event. */
public record CoalitionDissolved(String coalitionId) {
}
