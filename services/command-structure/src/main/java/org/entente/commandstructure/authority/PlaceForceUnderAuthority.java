package org.entente.commandstructure.authority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * A nation transfers authority over its force to a coalition headquarters, with a degree and an optional scope: the
 * functions it covers, an area and a time window. Placing a placed force again replaces its placement.
 */
public record PlaceForceUnderAuthority(@TargetAggregateIdentifier String operationId, String forceId, String nation,
                                       String forceType, int size, String nodeId, Degree degree,
                                       List<String> functions, String area, Instant from, Instant until) {

    public PlaceForceUnderAuthority {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }
}
