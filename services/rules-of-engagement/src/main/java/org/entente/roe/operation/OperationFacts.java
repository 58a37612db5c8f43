package org.entente.roe.operation;

import org.entente.roe.inbox.Releasable;

/**
 * What the command-structure topic tells this service about operations and forces, kept with whom each event was
 * releasable to. Every write is an upsert keyed by the event, so applying an event twice leaves the same facts.
 */
public interface OperationFacts {

    void established(String eventId, Releasable release, String operationId, String coalitionId, String name);

    void closed(String eventId, Releasable release, String operationId, String coalitionId, String cause);

    /** A placement replaces whatever was known of the force in the operation. */
    void placed(String eventId, Releasable release, ForcePlacement placement);

    /** A recall or a return ends the placement; the force is remembered so that checks can say what happened. */
    void ended(String eventId, Releasable release, String operationId, String coalitionId, String forceId,
               String nation, ForceStanding standing, String cause);
}
