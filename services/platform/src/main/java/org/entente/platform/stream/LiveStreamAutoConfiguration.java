package org.entente.platform.stream;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.platform.history.FirstDecisions;
import org.entente.platform.relay.PublicEventMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

/** {@code GET /stream}: a service's events, in their public envelopes, as they are recorded (server-sent events). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class LiveStreamAutoConfiguration {

    @Bean
    LiveEvents liveEvents(EventStore eventStore, FirstDecisions firstDecisions,
                          ObjectProvider<PublicEventMapper> mapper,
                          @Value("${entente.stream.timeout:30m}") Duration timeout,
                          @Value("${entente.stream.max-open:200}") int maxOpen) {
        return new LiveEvents(eventStore, firstDecisions, mapper.getIfAvailable(), timeout, maxOpen);
    }

    @Bean
    StreamController streamController(LiveEvents liveEvents) {
        return new StreamController(liveEvents);
    }
}
