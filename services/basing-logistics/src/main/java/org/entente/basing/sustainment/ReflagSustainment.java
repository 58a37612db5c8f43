package org.entente.basing.sustainment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cascade of the basing agreement the request goes through being revoked, suspended, restricted, expired or closed:
 * the agreement the request names itself, or the base its route runs via.
 *
 * @param routeId the request's route that runs via the agreement's site; null when the request names the agreement
 */
public record ReflagSustainment(@TargetAggregateIdentifier String requestId, String agreementId, ReflagCause cause,
                                String routeId) {

    /** A re-flag for the agreement the request names itself. */
    public ReflagSustainment(String requestId, String agreementId, ReflagCause cause) {
        this(requestId, agreementId, cause, null);
    }
}
