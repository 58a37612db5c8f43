package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.LocalDate;
import java.util.List;

/**
 * The coalition's mandate: what it is to achieve, where, and until when.
 *
 * @param objectives the tasks or objectives, each a short statement
 * @param area       the area of operations
 * @param expiresOn  when the mandate lapses unless renewed; null for open-ended
 */
public record Mandate(@Bounded(length = Bounds.STATEMENT, items = Bounds.ITEMS) List<String> objectives,
                      @Bounded(length = Bounds.STATEMENT) String area,
                      LocalDate expiresOn) {
}
