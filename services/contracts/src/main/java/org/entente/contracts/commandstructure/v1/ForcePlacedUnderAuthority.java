package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

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
public record ForcePlacedUnderAuthority(@Bounded(length = Bounds.ID) String operationId,
                                        @Bounded(length = Bounds.ID) String coalitionId,
                                        @Bounded(length = Bounds.ID) String forceId,
                                        @Bounded(length = Bounds.NATION) String nation,
                                        @Bounded(length = Bounds.SHORT) String forceType,
                                        int size,
                                        @Bounded(length = Bounds.ID) String nodeId,
                                        @Bounded(length = Bounds.CODE) String degree,
                                        @Bounded(length = Bounds.CODE, items = 20) List<String> functions,
                                        @Bounded(length = Bounds.NAME) String area,
                                        Instant from,
                                        Instant until) implements CommandStructureEventV1 {

    public ForcePlacedUnderAuthority {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }
}
