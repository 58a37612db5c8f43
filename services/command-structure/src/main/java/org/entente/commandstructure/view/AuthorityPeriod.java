package org.entente.commandstructure.view;

import org.entente.commandstructure.authority.Degree;

import java.time.Instant;
import java.util.List;

/**
 * One stretch of a force under coalition authority, as placed: who held it, with what degree and scope, from when
 * until when (effective times; {@code ended} null while it lasts).
 *
 * @param commanderNation the headquarters' commander nation; null if that headquarters was not in effect yet at the
 *                        instant asked (a placement backdated before it)
 * @param endedBy PLACED_AGAIN, RECALLED, or the cause of a return to national command
 */
public record AuthorityPeriod(String nodeId, String commanderNation, Degree degree, List<String> functions,
                              String area, Instant scopeFrom, Instant scopeUntil, Instant began, Instant ended,
                              String endedBy, Instant recordedAt, String eventId) {
}
