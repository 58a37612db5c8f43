package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * @param requestId   the id of this entry in the profile; later events about the measure name it
 * @param measureCode a compendium code, e.g. 13A
 * @param parameter   the value the measure asks for (a zone, a distance in metres, hours, an authority); may be null
 * @param nation      the nation asking for it (ISO 3166 alpha-3 or organisation code)
 * @param commander   the commander or headquarters asking, when named; may be null
 */
public record MeasureRequested(@Bounded(length = Bounds.ID) String operationId,
                               @Bounded(length = Bounds.ID) String coalitionId,
                               @Bounded(length = Bounds.ID) String requestId,
                               @Bounded(length = Bounds.CODE) String measureCode,
                               @Bounded(length = Bounds.NAME) String parameter,
                               @Bounded(length = Bounds.NATION) String nation,
                               @Bounded(length = Bounds.NAME) String commander) implements RulesOfEngagementEventV1 {
}
