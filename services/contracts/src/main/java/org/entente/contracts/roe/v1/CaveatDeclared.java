package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.Instant;
import java.util.List;

/**
 * A nation restricts what its forces (all of them, or one force) may do in the coalition. Lists left empty restrict
 * nothing on that axis.
 *
 * @param category    GEOGRAPHIC, ACTIVITY, TIME, DETENTION, COMMAND, USE_OF_FORCE, MEDICAL, ... (see
 *                    {@code GET /reference/caveat-categories})
 * @param forceId     the one force it applies to; null = every force of the nation
 * @param measures    compendium measure codes the forces may not perform
 * @param series      compendium series they may not perform any measure of, e.g. DETENTION
 * @param activities  base activities they may not take part in, e.g. STRIKE
 * @param areas       areas they may not operate in
 * @param degrees     degrees of authority (OPCOM, OPCON, TACOM, TACON) under which they may not be employed
 * @param from        when the caveat starts to apply; null = from its declaration
 * @param until       when it stops applying; null = until lifted
 */
public record CaveatDeclared(@Bounded(length = Bounds.ID) String coalitionId,
                             @Bounded(length = Bounds.NATION) String nation,
                             @Bounded(length = Bounds.ID) String caveatId,
                             @Bounded(length = Bounds.SHORT) String category,
                             @Bounded(length = Bounds.ID) String forceId,
                             @Bounded(length = Bounds.CODE, items = 100) List<String> measures,
                             @Bounded(length = Bounds.CODE, items = 20) List<String> series,
                             @Bounded(length = Bounds.CODE, items = 20) List<String> activities,
                             @Bounded(length = Bounds.LABEL, items = 100) List<String> areas,
                             @Bounded(length = Bounds.CODE, items = 4) List<String> degrees,
                             Instant from,
                             Instant until,
                             @Bounded(length = Bounds.TEXT) String description) implements RulesOfEngagementEventV1 {
}
