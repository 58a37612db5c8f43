package org.entente.testing;

import org.entente.contracts.Actor;
import org.entente.contracts.ContractCatalogue;
import org.entente.contracts.ContractType;
import org.entente.contracts.Contracts;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.platform.decision.Decision;
import org.entente.platform.inbox.Reaction;
import org.entente.platform.inbox.ReactionContext;
import org.entente.platform.inbox.ReactionDecision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit-tests a reaction in milliseconds: given an upstream contract record (wrapped in the envelope its publishing
 * service would send), the commands the reaction sends, each with the decision the inbox would give it (caused by
 * that envelope). No broker, no database, no Spring: the reaction's lookups are the test's own fakes.
 *
 * <pre>
 * ReactionHarness.of("command-structure", new MembershipReactions(directory))
 *         .when(new MemberWithdrawn("c-1", "NOR"))
 *         .expectCommands(new ReturnNationalForces("op-1", "NOR", ReturnCause.MEMBER_WITHDRAWN));
 * </pre>
 */
public final class ReactionHarness {

    private final String service;
    private final Reaction reaction;

    private ReactionHarness(String service, Reaction reaction) {
        this.service = service;
        this.reaction = reaction;
    }

    /** @param service the reacting service, whose reactions' commands are recorded as {@code service:<name>} */
    public static ReactionHarness of(String service, Reaction reaction) {
        return new ReactionHarness(service, reaction);
    }

    /** An envelope of {@code record} as its publishing service sends it: a new id, recorded and effective now. */
    public static EventEnvelope envelopeOf(Object record) {
        ContractCatalogue<?> contract = Contracts.ALL.stream()
                .filter(catalogue -> catalogue.root().isInstance(record)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(record.getClass() + " is no public contract record"));
        ContractType type = contract.of(record.getClass());
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String service = contract.topic().substring("entente.".length(), contract.topic().lastIndexOf('.'));
        return new EventEnvelope(id, type.name(), type.schemaVersion(), "/entente/" + service, "subject-1", "Test", 0,
                now, now, null, "correlation-" + id, id, new Actor("upstream.author", "USA", List.of("planner")),
                "upstream decision", null, null, null, null, EnvelopeCodec.toData(record));
    }

    /** Reacts to {@code record} in a fresh envelope. */
    public Reacted when(Object record) {
        return when(envelopeOf(record));
    }

    /** Reacts to {@code record} in a fresh envelope changed by {@code envelope} (an exercise, an effective time). */
    public Reacted when(Object record, UnaryOperator<EventEnvelope> envelope) {
        return when(envelope.apply(envelopeOf(record)));
    }

    public Reacted when(EventEnvelope envelope) {
        Recording context = new Recording(service, envelope);
        reaction.react(envelope, context);
        return new Reacted(envelope, context.sent);
    }

    /** One command a reaction sent, with the decision it carried and the rationale it gave. */
    public record Sent(Object command, Decision decision) {
    }

    /** What a reaction did with one envelope. */
    public static final class Reacted {

        private final EventEnvelope cause;
        private final List<Sent> sent;

        private Reacted(EventEnvelope cause, List<Sent> sent) {
            this.cause = cause;
            this.sent = List.copyOf(sent);
        }

        /** Exactly these commands, in this order, each caused by the envelope (its id and correlation). */
        public Reacted expectCommands(Object... commands) {
            assertThat(sent).extracting(Sent::command).containsExactly(commands);
            assertThat(sent).allSatisfy(one -> {
                assertThat(one.decision().causationId()).as("causation of %s", one.command()).isEqualTo(cause.id());
                assertThat(one.decision().correlationId()).isEqualTo(cause.correlationId());
                assertThat(one.decision().rationale()).as("why %s", one.command()).isNotBlank();
            });
            return this;
        }

        public Reacted expectNoCommands() {
            assertThat(sent).extracting(Sent::command).isEmpty();
            return this;
        }

        public List<Sent> sent() {
            return sent;
        }

        public EventEnvelope cause() {
            return cause;
        }
    }

    private static final class Recording implements ReactionContext {

        private final String service;
        private final EventEnvelope cause;
        private final List<Sent> sent = new ArrayList<>();

        private Recording(String service, EventEnvelope cause) {
            this.service = service;
            this.cause = cause;
        }

        @Override
        public EventEnvelope cause() {
            return cause;
        }

        @Override
        public <R> R send(Object command, String rationale) {
            sent.add(new Sent(command, ReactionDecision.of(service, cause, rationale)));
            return null;
        }
    }
}
