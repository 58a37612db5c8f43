package org.entente.platform.inbox.it;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.entente.contracts.EventEnvelope;
import org.entente.platform.inbox.Poison;
import org.entente.platform.inbox.Reaction;
import org.entente.platform.inbox.ReactionContext;
import org.axonframework.common.caching.Cache;
import org.entente.platform.eventstore.BoundedAggregateCache;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A minimal service with one reaction, to prove the inbox against the real broker and database. */
@SpringBootApplication
public class InboxTestApplication {

    public static final String TOPIC = "entente.inbox-test.v1";

    /** Counts the signals it was told about; the count must equal the signals sent, whatever Kafka redelivers. */
    @Aggregate(cache = "tallyCache")
    public static class Tally {

        @AggregateIdentifier
        private String tallyId;
        private int count;

        protected Tally() {
        }

        @CommandHandler
        @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
        void handle(CountSignal command) {
            apply(new SignalCounted(command.tallyId(), command.signal()));
        }

        @CommandHandler
        int handle(ReadTally query) {
            return count;
        }

        @EventSourcingHandler
        void on(SignalCounted event) {
            tallyId = event.tallyId();
            count++;
        }
    }

    public record CountSignal(@TargetAggregateIdentifier String tallyId, String signal) {
    }

    /** Answers the count as the (possibly cached) aggregate holds it. */
    public record ReadTally(@TargetAggregateIdentifier String tallyId) {
    }

    public record SignalCounted(String tallyId, String signal) {
    }

    /**
     * Signal: counted (a command) and noted (a read-model row). Malformed: refused for good. Flaky: counted, noted, then
     * fails transiently the first {@link #flakyFailures} times — so a retry must not count it twice.
     */
    static class SignalReaction implements Reaction {

        static final AtomicInteger flakyFailures = new AtomicInteger();
        /** While true, a Stuck signal fails as if the database were down: retried, and its partition cannot move on. */
        static final AtomicBoolean stuck = new AtomicBoolean();
        /** While true, a Fragile signal is refused for good (dead-lettered); an operator re-drives it once fixed. */
        static final AtomicBoolean fragile = new AtomicBoolean();
        static final AtomicInteger doubleFailures = new AtomicInteger();
        private final JdbcTemplate jdbc;

        SignalReaction(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public void react(EventEnvelope event, ReactionContext context) {
            switch (event.type()) {
                case "test.Signal", "test.Flaky" -> {
                    context.send(new CountSignal(event.data().path("tallyId").asText(), event.id()), "count it");
                    jdbc.update("INSERT INTO inbox_test_note (event_id) VALUES (?)", event.id());
                    if (event.type().equals("test.Flaky") && flakyFailures.getAndDecrement() > 0) {
                        throw new IllegalStateException("database hiccup (simulated)");
                    }
                }
                case "test.Double" -> {
                    // two commands on one cached aggregate in one unit of work, then perhaps a failure: the cache
                    // and the hash chain must come out as if the failed attempts never happened
                    String tally = event.data().path("tallyId").asText();
                    context.send(new CountSignal(tally, event.id() + "/a"), "count the first half");
                    context.send(new CountSignal(tally, event.id() + "/b"), "count the second half");
                    if (doubleFailures.getAndDecrement() > 0) {
                        throw new IllegalStateException("database hiccup (simulated)");
                    }
                }
                case "test.Malformed" -> throw new Poison("signal has no tally");
                case "test.Note" -> jdbc.update("INSERT INTO inbox_test_short_note (event_id, note) VALUES (?, ?)",
                        event.id(), event.data().path("note").asText());
                case "test.Stuck" -> {
                    if (stuck.get()) {
                        throw new IllegalStateException("database down (simulated)");
                    }
                    context.send(new CountSignal(event.data().path("tallyId").asText(), event.id()), "count it");
                }
                case "test.Fragile" -> {
                    if (fragile.get()) {
                        throw new Poison("fragile signal refused (simulated)");
                    }
                    context.send(new CountSignal(event.data().path("tallyId").asText(), event.id()), "count it");
                }
                default -> {
                }
            }
        }
    }

    @Bean
    Cache tallyCache() {
        return new BoundedAggregateCache(100);
    }

    @Bean
    SignalReaction signalReaction(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS inbox_test_note (event_id VARCHAR(100) PRIMARY KEY)");
        // a consumer's column narrower than what arrives: the database refuses the value (SQL state 22001)
        jdbc.execute("CREATE TABLE IF NOT EXISTS inbox_test_short_note (event_id VARCHAR(100) PRIMARY KEY, "
                + "note VARCHAR(10) NOT NULL)");
        return new SignalReaction(jdbc);
    }
}
