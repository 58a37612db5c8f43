package org.entente.roe.operation;

import java.time.Instant;
import java.util.List;

/**
 * A force as the command-structure topic last described it in an operation: placed under coalition authority with a
 * degree and an optional scope, or recalled or returned to national command.
 *
 * @param degree    OPCOM, OPCON, TACOM, TACON as sent (a value this service does not know is kept as it is)
 * @param functions the functions the authority is limited to; empty = unlimited
 * @param area      the area it is limited to; null = unlimited
 * @param from      from when; null = unlimited
 * @param until     until when; null = unlimited
 * @param endCause  for a recalled force the nation's reason, for a returned one the cause
 */
public record ForcePlacement(String operationId, String coalitionId, String forceId, String nation, String forceType,
                             Integer size, String nodeId, String degree, List<String> functions, String area,
                             Instant from, Instant until, ForceStanding standing, String endCause) {

    public ForcePlacement {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }
}
