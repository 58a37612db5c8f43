package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * The lead nation left the coalition or was suspended; the operation has no lead nation until one is designated.
 *
 * @param cause MEMBER_WITHDRAWN, MEMBER_SUSPENDED
 */
public record LeadNationVacated(@Bounded(length = Bounds.ID) String operationId,
                                @Bounded(length = Bounds.ID) String coalitionId,
                                @Bounded(length = Bounds.NATION) String nation,
                                @Bounded(length = Bounds.CODE) String cause) implements CommandStructureEventV1 {
}
