package org.entente.membership.view;

import org.entente.membership.pledge.PledgeStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far each member's word can be relied on, from its own record: of the pledges that have come due (or were
 * withdrawn), what share of the commitment it delivered, and what share it delivered by the due date. Each pledge
 * counts equally whatever its size or unit; a withdrawn pledge counts against its nation. Next to it: the latest
 * assessment of the member's domestic support, the usual reason a record turns.
 */
public record Credibility(String coalitionId, LocalDate asOfDate, List<MemberCredibility> members) {

    /**
     * @param shareDelivered       mean over assessed pledges of delivered / committed, capped at 1; null if none
     * @param shareDeliveredOnTime mean of delivered-by-due-date / committed over pledges past due; null if none
     */
    public record MemberCredibility(String nation, int pledges, int assessedPledges, int fulfilled, int withdrawn,
                                    int overdue, BigDecimal shareDelivered, BigDecimal shareDeliveredOnTime,
                                    SupportAssessment latestDomesticSupport) {
    }

    /** One assessment of domestic support. */
    public record SupportAssessment(BigDecimal supportPercent, String source, Instant assessedAt, Instant recordedTime) {
    }

    static Credibility of(CoalitionView view, LocalDate asOfDate, Map<String, Optional<SupportAssessment>> support) {
        List<MemberCredibility> members = new ArrayList<>();
        for (String nation : view.memberNations()) {
            List<CoalitionView.PledgeRecord> pledges = view.pledgeRecords().stream()
                    .filter(p -> p.nation.equals(nation)).toList();
            BigDecimal delivered = BigDecimal.ZERO;
            BigDecimal onTime = BigDecimal.ZERO;
            int assessed = 0;
            int due = 0;
            int fulfilled = 0;
            int withdrawn = 0;
            int overdue = 0;
            for (CoalitionView.PledgeRecord pledge : pledges) {
                PledgeStatus status = pledge.status();
                boolean isDue = pledge.dueDate.isBefore(asOfDate);
                fulfilled += status == PledgeStatus.FULFILLED ? 1 : 0;
                withdrawn += status == PledgeStatus.WITHDRAWN ? 1 : 0;
                overdue += status == PledgeStatus.OPEN && isDue ? 1 : 0;
                if (isDue || status != PledgeStatus.OPEN) {
                    assessed++;
                    delivered = delivered.add(ratio(pledge.delivered(), pledge.amount.value()));
                }
                if (isDue) {
                    due++;
                    onTime = onTime.add(ratio(pledge.deliveredBy(pledge.dueDate), pledge.amount.value()));
                }
            }
            members.add(new MemberCredibility(nation, pledges.size(), assessed, fulfilled, withdrawn, overdue,
                    mean(delivered, assessed), mean(onTime, due),
                    support.getOrDefault(nation, Optional.empty()).orElse(null)));
        }
        return new Credibility(view.coalitionId(), asOfDate, members);
    }

    private static BigDecimal ratio(BigDecimal delivered, BigDecimal committed) {
        if (committed.signum() == 0) {
            return BigDecimal.ONE;
        }
        return delivered.divide(committed, 6, RoundingMode.HALF_EVEN).min(BigDecimal.ONE);
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_EVEN);
    }
}
