package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The coalition was dissolved: the nation's caveat record takes no more caveats. @param cause COALITION_DISSOLVED */
public record CaveatRecordClosed(@Bounded(length = Bounds.ID) String coalitionId,
                                 @Bounded(length = Bounds.NATION) String nation,
                                 @Bounded(length = Bounds.CODE) String cause) implements RulesOfEngagementEventV1 {
}
