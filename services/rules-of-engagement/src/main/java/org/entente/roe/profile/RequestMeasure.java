package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A nation, or a commander on its behalf, asks for a compendium measure in the profile.
 *
 * @param parameter the value the measure asks for (a zone, a distance...), or null
 * @param commander the commander or headquarters asking, or null
 */
public record RequestMeasure(@TargetAggregateIdentifier String operationId, String requestId, String measureCode,
                             String parameter, String nation, String commander) {
}
