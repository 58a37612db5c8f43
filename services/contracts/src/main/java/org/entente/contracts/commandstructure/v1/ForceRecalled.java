package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The force's nation took it back under national command (a nation keeps full command and may always do so). */
public record ForceRecalled(@Bounded(length = Bounds.ID) String operationId,
                            @Bounded(length = Bounds.ID) String coalitionId,
                            @Bounded(length = Bounds.ID) String forceId,
                            @Bounded(length = Bounds.NATION) String nation,
                            @Bounded(length = Bounds.TEXT) String reason) implements CommandStructureEventV1 {
}
