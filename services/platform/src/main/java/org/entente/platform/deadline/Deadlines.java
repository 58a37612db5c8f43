package org.entente.platform.deadline;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.entente.platform.decision.Decision;
import org.entente.platform.decision.DecisionMetadata;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Time-driven facts: an aggregate's command handler schedules one when it records a date (a mandate's expiry, an
 * agreement's end), and its {@code @DeadlineHandler} records the fact when the date comes — as a decision of this
 * service (actor {@code service:<name>}, role system), effective at the due instant, in the correlation, exercise and
 * releasability of the decision that set the date. The deadline manager is Axon's, backed by db-scheduler in the
 * service's own database: a deadline survives restarts, fires once, and fires late rather than never. A handler must
 * record nothing when the date it was scheduled for no longer holds (renewed, ended, already recorded).
 */
public class Deadlines {

    /** Metadata keys of a scheduled fact's decision, until it fires: kept apart from the scheduling command's own. */
    static final String PREFIX = "entente.deadline.";

    private final String service;
    private final DeadlineClock clock;
    private final Clock now;

    public Deadlines(String service, DeadlineClock clock, Clock now) {
        this.service = service;
        this.clock = clock;
        this.now = now;
    }

    /** When a date a fact is due on has passed: the end of that day, UTC (a mandate "until 27 June" runs through it). */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Facts on the wall clock, as {@code service}: the real world's deadlines, and aggregate tests'. */
    public static Deadlines onTheWallClock(String service) {
        return new Deadlines(service, DeadlineClock.WALL, Clock.systemUTC());
    }

    /**
     * Schedules {@code fact} under {@code name} for {@code due}, to be handled by the aggregate whose command is being
     * handled. {@code rationale} and {@code authority} say why the fact is recorded then. A date that had passed
     * already when it was set (a mandate recorded today that expired in 2011, formed effective today) takes effect
     * when it was set: the fact cannot precede the decision that made it due.
     */
    public void schedule(DeadlineManager manager, String name, Instant due, Object fact, String rationale,
                         String authority) {
        manager.schedule(firesAt(due), name, message(due, fact, rationale, authority));
    }

    /**
     * The same for the aggregate {@code aggregateId} of {@code aggregateType}, named explicitly: a creating command
     * handler runs before the aggregate has its id.
     */
    public void schedule(DeadlineManager manager, Class<?> aggregateType, String aggregateId, String name,
                         Instant due, Object fact, String rationale, String authority) {
        manager.schedule(firesAt(due), name, message(due, fact, rationale, authority),
                new AggregateScopeDescriptor(aggregateType.getSimpleName(), aggregateId));
    }

    private Instant firesAt(Instant due) {
        return clock.firesAt(due, deciding().exerciseId());
    }

    private GenericMessage<Object> message(Instant due, Object fact, String rationale, String authority) {
        Decision deciding = deciding();
        Instant decided = deciding.effectiveTime() != null ? deciding.effectiveTime() : now.instant();
        Instant effective = due.isBefore(decided) ? decided : due;
        Decision decision = Decision.byService(service)
                .rationale(rationale)
                .authority(authority)
                .effectiveTime(effective)
                .correlationId(deciding.correlationId())
                .exerciseId(deciding.exerciseId())
                .releasableTo(deciding.releasableTo())
                .build();
        Map<String, Object> prefixed = new HashMap<>();
        decision.toMetaData().forEach((key, value) -> prefixed.put(PREFIX + key, value));
        return new GenericMessage<>(fact, MetaData.from(prefixed));
    }

    private static Decision deciding() {
        return Decision.from(CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().getMessage().getMetaData() : MetaData.emptyInstance());
    }

    /**
     * The decision a fired deadline records its events with: what {@link #schedule} kept, and nothing of the command
     * that happened to be running when it was scheduled.
     */
    static MetaData decisionOf(MetaData scheduled) {
        Map<String, Object> decision = new HashMap<>();
        scheduled.forEach((key, value) -> {
            if (key.startsWith(PREFIX) && DecisionMetadata.PROPAGATED.contains(key.substring(PREFIX.length()))) {
                decision.put(key.substring(PREFIX.length()), value);
            }
        });
        return MetaData.from(decision);
    }
}
