package org.entente.platform.roster;

/**
 * A coalition as known from the membership topic.
 *
 * @param exerciseId the exercise it belongs to, or null for a real-world coalition
 */
public record KnownCoalition(String coalitionId, String name, String exerciseId, boolean dissolved) {
}
