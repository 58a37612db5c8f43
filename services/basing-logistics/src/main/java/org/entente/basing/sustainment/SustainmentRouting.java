package org.entente.basing.sustainment;

import org.entente.basing.theatre.Activity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What a sustainment request needs to know of the base and the route it goes through (kept by the directory). */
public interface SustainmentRouting {

    Optional<Base> throughBase(String agreementId);

    Optional<Route> alongRoute(String routeId);

    /**
     * @param inForce   the agreement is in force (only then does it permit anything)
     * @param validFrom when the base may first be used; null if not known
     * @param validUntil when the agreement ends; null if not known
     */
    record Base(String agreementId, String coalitionId, String site, boolean inForce, Set<Activity> permitted,
                Instant validFrom, Instant validUntil) {

        /** Within the agreement's validity at {@code at}. */
        public boolean validAt(Instant at) {
            return (validFrom == null || !at.isBefore(validFrom)) && (validUntil == null || at.isBefore(validUntil));
        }
    }

    /**
     * @param closed      closed now, or retired for good
     * @param agreementId the basing agreement whose site the route runs via, or null
     */
    record Route(String routeId, String coalitionId, String name, boolean closed, String agreementId) {
    }
}
