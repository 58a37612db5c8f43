package org.entente.roe.engagement;

import java.time.Instant;
import java.util.List;

/**
 * The answer of an engagement check: permitted only when no reason stands against it.
 *
 * @param nation      the force's nation, when the force is known
 * @param authorisedBy the requests in the profile that authorise the measure here (may be empty)
 * @param reasons     every reason it is not permitted
 */
public record EngagementAnswer(String operationId, String forceId, String nation, String measureCode, String baseId,
                               String area, Instant at, boolean permitted, List<String> authorisedBy,
                               List<Reason> reasons) {
}
