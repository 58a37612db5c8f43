package org.entente.contracts.commandstructure.v1;

import java.time.Instant;
import java.util.List;

/**
 * A transfer of authority: a nation places its force under a coalition headquarters with a degree of authority. A
 * force placed again replaces its previous placement.
 *
 * @param degree    OPCOM, OPCON, TACOM, TACON
 * @param functions what the authority covers (e.g. ARMS_EMBARGO, STRIKE); empty = unscoped
 * @param area      where it applies; null = unscoped
 * @param from      from when it applies; null = unscoped
 * @param until     until when it applies (exclusive); null = unscoped
 */
public record ForcePlacedUnderAuthority(String operationId, String coalitionId, String forceId, String nation,
                                        String forceType, int size, String nodeId, String degree,
                                        List<String> functions, String area, Instant from, Instant until) {

    public ForcePlacedUnderAuthority {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }
}
