package org.entente.platform.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.platform.decision.Actor;
import org.entente.platform.decision.Decision;
import org.entente.platform.decision.Roles;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.history.CurrentReader;
import org.entente.platform.history.Releasability;
import org.entente.platform.security.Allowed;
import org.entente.platform.web.NotFound;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the service's inbox has done with other services' events that it could not process, and re-driving them. */
@RestController
@Validated
@Tag(name = "Inbox", description = "Events of other services this service reacts to")
public class InboxController {

    private static final String EVENT_ID = "[A-Za-z0-9-]{1,100}";

    private final KafkaInbox inbox;
    private final InboxProcessor processor;
    private final Watermarks watermarks;
    private final StalledPartitions stalls;
    private final CurrentReader reader;

    public InboxController(KafkaInbox inbox, InboxProcessor processor, Watermarks watermarks,
                           StalledPartitions stalls, CurrentReader reader) {
        this.inbox = inbox;
        this.processor = processor;
        this.watermarks = watermarks;
        this.stalls = stalls;
        this.reader = reader;
    }

    @Allowed({Roles.PLANNER, Roles.COALITION_AUTHORITY, Roles.FOUNDER, Roles.COMMANDER, Roles.RED_CARD_HOLDER,
            Roles.AUDITOR, Roles.OPERATOR})
    @GetMapping("/inbox")
    @Operation(summary = "The inbox: dead-letter topic, source subjects tracked, stalled partitions, and the latest "
            + "dead-lettered events (not yet re-driven) with their reasons")
    public Map<String, Object> inbox(@RequestParam(defaultValue = "50") int limit) {
        Actor asking = reader.get().orElse(null);
        List<Watermarks.DeadLetter> deadLetters = watermarks.deadLetters(Math.max(1, Math.min(limit, 500))).stream()
                .filter(letter -> mayKnowOf(asking, letter)).map(Watermarks.Redrivable::deadLetter).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscribed", inbox.subscribed());
        body.put("deadLetterTopic", inbox.deadLetterTopic());
        body.put("subjectsTracked", watermarks.subjects());
        body.put("recordsWaiting", stalls.waiting());
        body.put("stalledPartitions", stalls.stalls());
        body.put("deadLetters", deadLetters);
        return body;
    }

    @Allowed(Roles.OPERATOR)
    @PostMapping("/inbox/dead-letters/{eventId}/redrive")
    @Operation(summary = "Run the reactions to a dead-lettered event once more, after the cause was fixed (e.g. a "
            + "column widened); 409 with the new reason if it fails again, and nothing is stored then")
    public Map<String, Object> redrive(@PathVariable @Pattern(regexp = EVENT_ID) String eventId) {
        Watermarks.Redrivable waiting = watermarks.deadLetter(eventId)
                .orElseThrow(() -> new NotFound("no dead letter of event " + eventId));
        Watermarks.DeadLetter deadLetter = waiting.deadLetter();
        if (waiting.envelope() == null) {
            throw new RuleViolation("dead-letter-without-envelope", "event " + eventId + " was dead-lettered before "
                    + "the inbox kept envelopes; re-publish it from " + deadLetter.source() + " instead");
        }
        EventEnvelope event = EnvelopeCodec.decode(waiting.envelope().getBytes(StandardCharsets.UTF_8));
        try {
            processor.redrive(deadLetter.topic(), event, reader.get().map(Actor::id).orElse(null));
        } catch (RuntimeException failure) {
            if (failure instanceof AlreadyRedriven) {
                throw new RuleViolation("dead-letter-already-redriven", "event " + eventId + " was re-driven before");
            }
            if (failure instanceof RuleViolation refused && refused.rule().equals("redrive-only-the-latest")) {
                throw refused;
            }
            String reason = PermanentFailure.describeAny(failure);
            watermarks.redriveFailed(eventId, reason);
            throw new RuleViolation("redrive-failed", "event " + eventId + " failed again: " + reason);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("type", deadLetter.type());
        body.put("subject", deadLetter.subject());
        body.put("outcome", InboxOutcome.REDRIVEN);
        return body;
    }

    /**
     * Whether {@code reader} may know of a dead letter: its event's id, type and subject say that a record exists, so
     * they are shown only to whom the upstream event was released (as its envelope says), and to an operator, whose
     * job they are (an operator reads no record itself). One dead-lettered before envelopes were kept: operators only.
     */
    private static boolean mayKnowOf(Actor reader, Watermarks.Redrivable letter) {
        if (reader == null || reader.hasRole(Roles.OPERATOR)) {
            return true;
        }
        if (letter.envelope() == null) {
            return false;
        }
        EventEnvelope event;
        try {
            event = EnvelopeCodec.decode(letter.envelope().getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        Decision released = Decision.by(null, event.actor() == null ? null : event.actor().nation(), List.of())
                .releasableTo(event.releasableTo()).build();
        return Releasability.visibleTo(reader, released);
    }

    /** The dead letter was re-driven already (by another operator, a moment ago). */
    static final class AlreadyRedriven extends RuntimeException {
        AlreadyRedriven(String eventId) {
            super("event " + eventId + " was re-driven before");
        }
    }
}
