package org.entente.roe.inbox;

import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.contracts.commandstructure.v1.CommandStructureEventsV1;
import org.entente.platform.inbox.Watermarks;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The events of another service's operation or basing agreement that this service's inbox dead-lettered: while there
 * are any, the read model kept from that aggregate may lack what they said.
 */
@Component
public class UpstreamDeadLetters {

    private final Watermarks watermarks;

    public UpstreamDeadLetters(Watermarks watermarks) {
        this.watermarks = watermarks;
    }

    /** Of the operation, from the command-structure topic. */
    public List<UnprocessedEvent> ofOperation(String operationId) {
        return of(CommandStructureEventsV1.SOURCE, operationId);
    }

    /** Of the basing agreement, from the basing-logistics topic. */
    public List<UnprocessedEvent> ofBase(String agreementId) {
        return of(BasingLogisticsEventsV1.SOURCE, agreementId);
    }

    private List<UnprocessedEvent> of(String source, String subject) {
        return watermarks.deadLettersOf(subject).stream().filter(letter -> source.equals(letter.source()))
                .map(letter -> new UnprocessedEvent(letter.eventId(), letter.topic(), letter.subject(),
                        letter.sequence(), letter.type(), letter.reason()))
                .toList();
    }
}
