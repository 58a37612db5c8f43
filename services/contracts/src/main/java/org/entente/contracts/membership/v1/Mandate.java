package org.entente.contracts.membership.v1;

import java.time.LocalDate;
import java.util.List;

/**
 * The coalition's mandate: what it is to achieve, where, and until when.
 *
 * @param objectives the tasks or objectives, each a short statement
 * @param area       the area of operations
 * @param expiresOn  when the mandate lapses unless renewed; null for open-ended
 */
public record Mandate(List<String> objectives, String area, LocalDate expiresOn) {
}
