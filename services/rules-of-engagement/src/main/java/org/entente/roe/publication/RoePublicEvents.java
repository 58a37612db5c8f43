package org.entente.roe.publication;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.contracts.Topics;
import org.entente.contracts.roe.v1.RulesOfEngagementEventsV1;
import org.entente.platform.relay.PublicEvent;
import org.entente.platform.relay.PublicEventMapper;
import org.entente.roe.caveat.CaveatArchived;
import org.entente.roe.caveat.CaveatDeclared;
import org.entente.roe.caveat.CaveatLifted;
import org.entente.roe.caveat.CaveatRecordClosed;
import org.entente.roe.profile.MeasureAuthorised;
import org.entente.roe.profile.MeasureCancelled;
import org.entente.roe.profile.MeasureImplemented;
import org.entente.roe.profile.MeasureRequestClosed;
import org.entente.roe.profile.MeasureRequested;
import org.entente.roe.profile.RoeProfileClosed;
import org.entente.roe.profile.RoeProfileEstablished;
import org.entente.roe.profile.RoeProfileFlaggedForReview;
import org.entente.roe.profile.RoeProfileReauthorised;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * The rules-of-engagement service's public contract: which internal event becomes which v1 contract event. Strict: an
 * internal field the contract does not have fails the conversion, so an internal change cannot leak into the contract
 * unnoticed (RoePublicEventsTest checks every pair).
 */
@Component
public class RoePublicEvents implements PublicEventMapper {

    static final Map<Class<?>, Class<?>> CONTRACTS = Map.ofEntries(
            entry(RoeProfileEstablished.class, org.entente.contracts.roe.v1.RoeProfileEstablished.class),
            entry(MeasureRequested.class, org.entente.contracts.roe.v1.MeasureRequested.class),
            entry(MeasureAuthorised.class, org.entente.contracts.roe.v1.MeasureAuthorised.class),
            entry(MeasureImplemented.class, org.entente.contracts.roe.v1.MeasureImplemented.class),
            entry(MeasureCancelled.class, org.entente.contracts.roe.v1.MeasureCancelled.class),
            entry(MeasureRequestClosed.class, org.entente.contracts.roe.v1.MeasureRequestClosed.class),
            entry(RoeProfileFlaggedForReview.class, org.entente.contracts.roe.v1.RoeProfileFlaggedForReview.class),
            entry(RoeProfileReauthorised.class, org.entente.contracts.roe.v1.RoeProfileReauthorised.class),
            entry(RoeProfileClosed.class, org.entente.contracts.roe.v1.RoeProfileClosed.class),
            entry(CaveatDeclared.class, org.entente.contracts.roe.v1.CaveatDeclared.class),
            entry(CaveatLifted.class, org.entente.contracts.roe.v1.CaveatLifted.class),
            entry(CaveatArchived.class, org.entente.contracts.roe.v1.CaveatArchived.class),
            entry(CaveatRecordClosed.class, org.entente.contracts.roe.v1.CaveatRecordClosed.class));

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public String topic() {
        return Topics.RULES_OF_ENGAGEMENT_V1;
    }

    @Override
    public String source() {
        return RulesOfEngagementEventsV1.SOURCE;
    }

    @Override
    public Optional<PublicEvent> toPublic(DomainEventMessage<?> event) {
        Class<?> contract = CONTRACTS.get(event.getPayloadType());
        if (contract == null) {
            throw new IllegalArgumentException("rules-of-engagement event " + event.getPayloadType().getName()
                    + " has no public form; add it to the v1 contract or declare it internal");
        }
        return Optional.of(new PublicEvent(RulesOfEngagementEventsV1.of(contract),
                STRICT.convertValue(event.getPayload(), contract)));
    }
}
