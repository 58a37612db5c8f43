package org.entente.commandstructure.view;

import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForceStatus;

import java.time.Instant;
import java.util.List;

/**
 * A national force in the operation: its latest placement (node, degree, scope) and every period of coalition
 * authority over it so far.
 */
public record ForceState(String forceId, String nation, String forceType, int size, ForceStatus status,
                         String nodeId, Degree degree, List<String> functions, String area, Instant scopeFrom,
                         Instant scopeUntil, Instant placedAt, List<AuthorityPeriod> authorityHistory) {
}
