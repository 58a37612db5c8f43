package org.entente.roe.basing;

import java.time.Instant;
import java.util.List;

/**
 * A basing agreement as the basing-logistics topic last described it (every event carries the whole current view).
 *
 * @param status              REQUESTED, MOU_SIGNED, TECHNICAL_ARRANGEMENT_SIGNED, IN_FORCE, SUSPENDED, EXPIRED,
 *                            REVOKED, CLOSED; only IN_FORCE permits anything
 * @param permittedActivities the base activities it permits while in force
 * @param validFrom           when the base may first be used; null if not known (learned before events carried it)
 * @param lastEvent           the type of the event that brought this view
 */
public record BaseAgreement(String agreementId, String coalitionId, String hostNation, String site, String status,
                            List<String> permittedActivities, Instant validUntil, Instant validFrom,
                            String lastEvent) {

    public static final String IN_FORCE = "IN_FORCE";

    public BaseAgreement {
        permittedActivities = permittedActivities == null ? List.of() : List.copyOf(permittedActivities);
    }

    public boolean inForce() {
        return IN_FORCE.equals(status);
    }
}
