package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A commander asks, for his own nation, for a compendium measure in the profile.
 *
 * @param parameter the value the measure asks for (a zone, a distance...), or null
 * @param nation    the nation asking: the commander's own
 * @param commander the commander or headquarters asking, or null
 */
public record RequestMeasure(@TargetAggregateIdentifier String operationId, String requestId, String measureCode,
                             String parameter, String nation, String commander) {
}
