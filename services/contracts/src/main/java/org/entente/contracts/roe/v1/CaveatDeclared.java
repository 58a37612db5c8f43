package org.entente.contracts.roe.v1;

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
public record CaveatDeclared(String coalitionId, String nation, String caveatId, String category, String forceId,
                             List<String> measures, List<String> series, List<String> activities, List<String> areas,
                             List<String> degrees, Instant from, Instant until, String description) {
}
