package org.entente.platform.stream;

import org.entente.platform.security.JwtActorResolver;
import org.entente.platform.security.Reads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /stream} (text/event-stream): the service's events as they are recorded, each in its public envelope,
 * only those releasable to the reader; {@code ?subject=} keeps one record's. Every role may subscribe (observers
 * read state and streams).
 */
@RestController
public class StreamController {

    private final LiveEvents liveEvents;
    public StreamController(LiveEvents liveEvents) {
        this.liveEvents = liveEvents;
    }

    @Reads
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam(required = false)
                             @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9._:/-]{1,200}") String subject) {
        SseEmitter emitter = liveEvents.open(JwtActorResolver.current(), subject);
        if (emitter == null) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "too many open streams; retry later");
        }
        return emitter;
    }
}
