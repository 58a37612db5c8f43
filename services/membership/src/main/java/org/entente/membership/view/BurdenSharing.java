package org.entente.membership.view;

import org.entente.membership.pledge.PledgeCategory;
import org.entente.membership.pledge.PledgeStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who pledged and delivered what, per member and category, each in its own unit or currency (never converted).
 * <ul>
 *   <li><b>pledged</b>: standing commitments; a withdrawn pledge counts for what it delivered before its withdrawal;</li>
 *   <li><b>share</b>: the member's part of everything pledged in that category and unit, 0 to 1;</li>
 *   <li><b>shortfall</b>: pledged minus delivered, on pledges past their due date and not withdrawn.</li>
 * </ul>
 */
public record BurdenSharing(String coalitionId, LocalDate asOfDate, List<Row> rows, List<Total> totals) {

    public record Row(String nation, PledgeCategory category, String unit, BigDecimal pledged, BigDecimal delivered,
                      BigDecimal shareOfCategory, BigDecimal shortfall, int pledges) {
    }

    public record Total(PledgeCategory category, String unit, BigDecimal pledged, BigDecimal delivered,
                        BigDecimal shortfall, int contributors) {
    }

    static BurdenSharing of(CoalitionView view, LocalDate asOfDate) {
        Map<String, Accumulator> byRow = new TreeMap<>();
        for (CoalitionView.PledgeRecord pledge : view.pledgeRecords()) {
            String unit = pledge.amount.unit();
            Accumulator row = byRow.computeIfAbsent(pledge.category + "|" + unit + "|" + pledge.nation,
                    key -> new Accumulator(pledge.nation, pledge.category, unit));
            BigDecimal delivered = pledge.delivered();
            boolean withdrawn = pledge.status() == PledgeStatus.WITHDRAWN;
            row.pledged = row.pledged.add(withdrawn ? delivered : pledge.amount.value());
            row.delivered = row.delivered.add(delivered);
            if (!withdrawn && pledge.dueDate.isBefore(asOfDate)) {
                row.shortfall = row.shortfall.add(pledge.amount.value().subtract(delivered).max(BigDecimal.ZERO));
            }
            row.pledges++;
        }
        Map<String, Total> totals = new TreeMap<>();
        for (Accumulator row : byRow.values()) {
            totals.merge(row.category + "|" + row.unit,
                    new Total(row.category, row.unit, row.pledged, row.delivered, row.shortfall, 1),
                    (a, b) -> new Total(a.category(), a.unit(), a.pledged().add(b.pledged()),
                            a.delivered().add(b.delivered()), a.shortfall().add(b.shortfall()),
                            a.contributors() + b.contributors()));
        }
        List<Row> rows = new ArrayList<>();
        for (Accumulator row : byRow.values()) {
            BigDecimal total = totals.get(row.category + "|" + row.unit).pledged();
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO
                    : row.pledged.divide(total, 4, RoundingMode.HALF_EVEN);
            rows.add(new Row(row.nation, row.category, row.unit, row.pledged, row.delivered, share, row.shortfall,
                    row.pledges));
        }
        rows.sort(Comparator.comparing(Row::category).thenComparing(Row::unit)
                .thenComparing(Row::pledged, Comparator.reverseOrder()).thenComparing(Row::nation));
        return new BurdenSharing(view.coalitionId(), asOfDate, rows, List.copyOf(totals.values()));
    }

    private static final class Accumulator {
        final String nation;
        final PledgeCategory category;
        final String unit;
        BigDecimal pledged = BigDecimal.ZERO;
        BigDecimal delivered = BigDecimal.ZERO;
        BigDecimal shortfall = BigDecimal.ZERO;
        int pledges;

        Accumulator(String nation, PledgeCategory category, String unit) {
            this.nation = nation;
            this.category = category;
            this.unit = unit;
        }
    }
}
