package org.entente.membership.view;

import org.entente.membership.pledge.Amount;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.membership.pledge.PledgeStatus;
import org.entente.membership.pledge.WithdrawalCause;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * @param amount    the standing commitment (after revisions and corrections)
 * @param original  the commitment as first made (after corrections)
 * @param corrected whether a correction changed one of the pledge's commitments
 */
public record PledgeState(String pledgeId, String nation, PledgeCategory category, String description, Amount amount,
                          Amount original, LocalDate dueDate, PledgeStatus status, Amount delivered, Instant madeAt,
                          WithdrawalCause withdrawalCause, Instant withdrawnAt, boolean corrected,
                          List<Revision> revisions, List<Delivery> deliveries) {

    public record Revision(String revisionId, Amount from, Amount to, LocalDate dueDateFrom, LocalDate dueDateTo,
                           Instant effectiveTime, Instant recordedTime, String eventId) {
    }

    public record Delivery(String deliveryId, Amount amount, Instant deliveredAt, Instant recordedTime, String note,
                           String eventId, boolean corrected) {

        Delivery(String deliveryId, Amount amount, Instant deliveredAt, Instant recordedTime, String note,
                 String eventId) {
            this(deliveryId, amount, deliveredAt, recordedTime, note, eventId, false);
        }

        Delivery markCorrected(boolean wasCorrected) {
            return new Delivery(deliveryId, amount, deliveredAt, recordedTime, note, eventId, wasCorrected);
        }
    }
}
