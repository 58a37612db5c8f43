package org.entente.platform.decision;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.entente.platform.domain.RuleViolation;

import java.time.Instant;

/**
 * When a decision takes effect, for rules that compare it with dates in the record (time windows, lead times,
 * expiry): the decision's effective time, else when it is recorded.
 */
public final class DecisionTime {

    private DecisionTime() {
    }

    /** A command's: its decision's effective time, else now by the clock Axon stamps events with. */
    public static Instant of(MetaData metaData) {
        return of(metaData, recorded());
    }

    /** A recorded event's: its decision's effective time, else {@code recordedAt}, when it was recorded. */
    public static Instant of(MetaData metaData, Instant recordedAt) {
        Object effective = metaData.get(DecisionMetadata.EFFECTIVE_TIME);
        return effective == null ? recordedAt : Instant.parse(effective.toString());
    }

    /**
     * A decision about a record takes effect no earlier than the record began (its first event's effective time): a
     * pledge delivered, a force placed or a measure authorised before the coalition, operation or profile existed
     * would contradict what was recorded about it. A service's own reaction carries its cause's effective time and is
     * not refused: it carries out, now, a decision taken elsewhere.
     *
     * @param beganAt when the record began; null (a snapshot older than this rule): not checked
     * @param record  the record, for the refusal, e.g. "coalition c-1"
     * @throws RuleViolation {@code decisions-take-effect-after-the-record-begins}
     */
    public static void requireWithinRecord(Instant beganAt, MetaData command, String record) {
        if (beganAt == null || ActorAuthority.of(command).isReaction()) {
            return;
        }
        Instant effective = of(command);
        if (effective.isBefore(beganAt)) {
            throw new RuleViolation("decisions-take-effect-after-the-record-begins", record + " began at " + beganAt
                    + "; a decision about it cannot take effect before, at " + effective);
        }
    }

    /**
     * When the command is recorded: the clock Axon stamps its events with. Rules that must not be bent by a backdated
     * or future-dated effective time (lead times, expiry, entry into force) compare with this.
     */
    public static Instant recorded() {
        return GenericEventMessage.clock.instant();
    }
}
