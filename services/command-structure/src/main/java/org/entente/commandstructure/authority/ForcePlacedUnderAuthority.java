package org.entente.commandstructure.authority;

import java.time.Instant;
import java.util.List;

public record ForcePlacedUnderAuthority(String operationId, String coalitionId, String forceId, String nation,
                                        String forceType, int size, String nodeId, Degree degree,
                                        List<String> functions, String area, Instant from, Instant until)
        implements ForceEvent {

    public ForcePlacedUnderAuthority {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }
}
