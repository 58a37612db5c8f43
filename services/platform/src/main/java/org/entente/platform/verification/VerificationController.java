package org.entente.platform.verification;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.platform.decision.Actor;
import org.entente.platform.decision.Decision;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.history.CurrentReader;
import org.entente.platform.history.Releasability;
import org.entente.platform.eventstore.HashChain;
import org.entente.platform.security.Reads;
import org.entente.platform.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The auditor's proof that a record's history was not edited afterwards: every stored event's hash recomputed from
 * its payload, metadata and predecessor, from the first event on. Says nothing of the events' content, so it is the
 * same answer for every reader who may see the record.
 */
@RestController
public class VerificationController {

    private final EventStore eventStore;
    private final HashChain hashChain;
    private final CurrentReader reader;

    public VerificationController(EventStore eventStore, HashChain hashChain, CurrentReader reader) {
        this.eventStore = eventStore;
        this.hashChain = hashChain;
        this.reader = reader;
    }

    @Reads(history = true)
    @GetMapping("/verification/{aggregateId:[A-Za-z0-9._:-]{1,100}}")
    public Map<String, Object> verify(@PathVariable String aggregateId) {
        return verified(aggregateId);
    }

    /** The same, for record ids that hold a '/' (e.g. a nation's caveats in a coalition). */
    @Reads(history = true)
    @GetMapping("/verification")
    public Map<String, Object> verifySubject(@RequestParam
                                             @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9._:/-]{1,200}")
                                             String subject) {
        return verified(subject);
    }

    private Map<String, Object> verified(String aggregateId) {
        List<? extends DomainEventMessage<?>> history = eventStore.readEvents(aggregateId, 0).asStream().toList();
        // A record whose first event the reader may not see does not exist for them, here as in every history.
        if (history.isEmpty() || !Releasability.visibleTo(reader.get().orElse(null),
                Decision.from(history.get(0).getMetaData()))) {
            throw new NotFound("nothing is recorded under " + aggregateId);
        }
        Actor asking = reader.get().orElse(null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("aggregateId", aggregateId);
        // the whole chain is verified, but the reader is told only of the events they may see
        answer.put("events", history.stream().filter(e -> Releasability.visibleTo(asking,
                Decision.from(e.getMetaData()))).count());
        hashChain.verify(history).ifPresentOrElse(broken -> {
            answer.put("intact", false);
            boolean seen = history.stream().filter(e -> e.getIdentifier().equals(broken.eventId())).findFirst()
                    .map(e -> Releasability.visibleTo(asking, Decision.from(e.getMetaData()))).orElse(false);
            answer.put("firstBreak", seen
                    ? Map.of("eventId", broken.eventId(), "sequence", broken.sequence(), "reason", broken.reason())
                    : Map.of("reason", "an event this reader may not see, or after it"));
        }, () -> {
            answer.put("intact", true);
            answer.put("lastHash", String.valueOf(history.get(history.size() - 1).getMetaData().get(DecisionMetadata.HASH)));
        });
        return answer;
    }
}
