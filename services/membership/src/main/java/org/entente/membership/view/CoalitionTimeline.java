package org.entente.membership.view;

import org.entente.membership.pledge.DeliveryCorrected;
import org.entente.membership.pledge.DeliveryRecorded;
import org.entente.membership.pledge.PledgeEntryCorrected;
import org.entente.membership.pledge.PledgeMade;
import org.entente.membership.pledge.PledgeRevised;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconstructs a coalition at any instant from its full history, on two time axes:
 * <ol>
 *   <li>keep what had been recorded by {@code knownAt};</li>
 *   <li>apply the corrections among those to the entries they reference (a correction rewrites what an entry said,
 *       from the entry's own effective time, and only once it is known);</li>
 *   <li>keep the facts in effect at {@code asOf};</li>
 *   <li>fold them in effective-time order (recording order breaks ties) into a {@link CoalitionView}.</li>
 * </ol>
 * The aggregate is never involved: it applies events in recording order and enforces rules, while this reads.
 */
public final class CoalitionTimeline {

    private CoalitionTimeline() {
    }

    public static CoalitionView at(List<RecordedEvent> history, Perspective perspective) {
        List<RecordedEvent> known = history.stream().filter(perspective::knows).toList();
        Map<String, RecordedEvent> corrections = new HashMap<>();
        for (RecordedEvent event : known) {
            if (event.payload() instanceof PledgeEntryCorrected c) {
                corrections.put(c.correctsEventId(), event);
            } else if (event.payload() instanceof DeliveryCorrected c) {
                corrections.put(c.correctsEventId(), event);
            }
        }
        CoalitionView view = new CoalitionView(corrections.keySet(),
                known.isEmpty() ? -1 : known.get(known.size() - 1).sequence());
        known.stream()
                .filter(event -> !(event.payload() instanceof PledgeEntryCorrected)
                        && !(event.payload() instanceof DeliveryCorrected))
                .filter(perspective::inEffect)
                .map(event -> {
                    RecordedEvent correction = corrections.get(event.eventId());
                    if (correction == null) {
                        return event;
                    }
                    view.includes(correction.sequence());
                    return corrected(event, correction.payload());
                })
                .sorted(Comparator.comparing(RecordedEvent::effectiveTime).thenComparingLong(RecordedEvent::sequence))
                .forEach(view::apply);
        return view;
    }

    private static RecordedEvent corrected(RecordedEvent event, Object correction) {
        if (correction instanceof PledgeEntryCorrected c) {
            if (event.payload() instanceof PledgeMade m) {
                return event.withPayload(new PledgeMade(m.coalitionId(), m.pledgeId(), m.nation(), m.category(),
                        c.amount(), c.dueDate(), m.description()));
            }
            if (event.payload() instanceof PledgeRevised r) {
                return event.withPayload(new PledgeRevised(r.coalitionId(), r.pledgeId(), r.revisionId(), c.amount(),
                        c.dueDate()));
            }
        }
        if (correction instanceof DeliveryCorrected c && event.payload() instanceof DeliveryRecorded d) {
            return event.withPayload(new DeliveryRecorded(d.coalitionId(), d.pledgeId(), d.deliveryId(), c.amount(),
                    d.note()));
        }
        return event;
    }
}
