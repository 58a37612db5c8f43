package org.entente.basing.sustainment;

import org.entente.basing.theatre.Activity;

import java.util.Optional;
import java.util.Set;

/** What a sustainment request needs to know of the base and the route it goes through (kept by the directory). */
public interface SustainmentRouting {

    Optional<Base> throughBase(String agreementId);

    Optional<Route> alongRoute(String routeId);

    /** @param inForce the agreement is in force (only then does it permit anything) */
    record Base(String agreementId, String coalitionId, String site, boolean inForce, Set<Activity> permitted) {
    }

    /** @param closed closed now, or retired for good */
    record Route(String routeId, String coalitionId, String name, boolean closed) {
    }
}
