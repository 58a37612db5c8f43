package org.entente.platform.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.platform.security.Reads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the service's inbox has done with other services' events that it could not process. */
@RestController
@Tag(name = "Inbox", description = "Events of other services this service reacts to")
public class InboxController {

    private final KafkaInbox inbox;
    private final Watermarks watermarks;

    public InboxController(KafkaInbox inbox, Watermarks watermarks) {
        this.inbox = inbox;
        this.watermarks = watermarks;
    }

    @Reads(history = true)
    @GetMapping("/inbox")
    @Operation(summary = "The inbox: dead-letter topic, source subjects tracked, and the latest dead-lettered events "
            + "with their reasons")
    public Map<String, Object> inbox(@RequestParam(defaultValue = "50") int limit) {
        List<Watermarks.DeadLetter> deadLetters = watermarks.deadLetters(Math.max(1, Math.min(limit, 500)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscribed", inbox.subscribed());
        body.put("deadLetterTopic", inbox.deadLetterTopic());
        body.put("subjectsTracked", watermarks.subjects());
        body.put("deadLetters", deadLetters);
        return body;
    }
}
