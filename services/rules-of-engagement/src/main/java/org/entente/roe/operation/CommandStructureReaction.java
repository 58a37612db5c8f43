package org.entente.roe.operation;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.commandstructure.v1.CommandStructureEventV1;
import org.entente.contracts.commandstructure.v1.CommandStructureEventsV1;
import org.entente.contracts.commandstructure.v1.ForcePlacedUnderAuthority;
import org.entente.contracts.commandstructure.v1.ForceRecalled;
import org.entente.contracts.commandstructure.v1.ForceReturnedToNationalCommand;
import org.entente.contracts.commandstructure.v1.OperationClosed;
import org.entente.contracts.commandstructure.v1.OperationEstablished;
import org.entente.platform.inbox.ReactionContext;
import org.entente.platform.inbox.TypedReaction;
import org.entente.roe.inbox.EventData;
import org.entente.roe.inbox.Releasable;
import org.entente.roe.inbox.StoredRecords;
import org.entente.roe.profile.CloseProfile;
import org.entente.roe.profile.ProfileClosureCause;
import org.springframework.stereotype.Component;

/**
 * Keeps the operations and forces read model from the command-structure topic, and closes an operation's ROE profile
 * when the operation closes. Other command-structure events (headquarters, taskings, vetoes) do not concern the rules
 * of engagement and are ignored.
 */
@Component
public class CommandStructureReaction extends TypedReaction<CommandStructureEventV1> {

    private final OperationFacts operations;
    private final StoredRecords records;

    public CommandStructureReaction(OperationFacts operations, StoredRecords records) {
        super(CommandStructureEventsV1.CATALOGUE);
        this.operations = operations;
        this.records = records;
    }

    @Override
    protected void react(CommandStructureEventV1 data, ReactionContext context) {
        EventEnvelope event = context.cause();
        // kept with each fact, so that a reader is shown only what the publishing service released to them
        Releasable release = Releasable.of(event);
        if (data instanceof OperationEstablished e) {
            operations.established(event.id(), release, operationId(event, e.operationId()),
                    coalitionId(event, e.coalitionId()), e.name());
        } else if (data instanceof OperationClosed e) {
            String operationId = operationId(event, e.operationId());
            operations.closed(event.id(), release, operationId, coalitionId(event, e.coalitionId()), e.cause());
            if (records.exists(operationId)) {
                ProfileClosureCause closure = "COALITION_DISSOLVED".equals(e.cause())
                        ? ProfileClosureCause.COALITION_DISSOLVED : ProfileClosureCause.OPERATION_CLOSED;
                context.send(new CloseProfile(operationId, closure), "operation closed"
                        + (e.cause() == null ? "" : ": " + e.cause()));
            }
        } else if (data instanceof ForcePlacedUnderAuthority e) {
            operations.placed(event.id(), release, new ForcePlacement(operationId(event, e.operationId()),
                    coalitionId(event, e.coalitionId()), EventData.required(event, e.forceId(), "forceId"),
                    EventData.required(event, e.nation(), "nation"), e.forceType(), e.size(), e.nodeId(),
                    EventData.required(event, e.degree(), "degree"), e.functions(), e.area(), e.from(), e.until(),
                    ForceStanding.UNDER_COALITION_AUTHORITY, null));
        } else if (data instanceof ForceRecalled e) {
            operations.ended(event.id(), release, operationId(event, e.operationId()),
                    coalitionId(event, e.coalitionId()),
                    EventData.required(event, e.forceId(), "forceId"), EventData.required(event, e.nation(), "nation"),
                    ForceStanding.RECALLED, e.reason());
        } else if (data instanceof ForceReturnedToNationalCommand e) {
            operations.ended(event.id(), release, operationId(event, e.operationId()),
                    coalitionId(event, e.coalitionId()),
                    EventData.required(event, e.forceId(), "forceId"), EventData.required(event, e.nation(), "nation"),
                    ForceStanding.RETURNED_TO_NATIONAL_COMMAND, e.cause());
        }
    }

    private static String operationId(EventEnvelope event, String operationId) {
        return EventData.required(event, operationId, "operationId");
    }

    private static String coalitionId(EventEnvelope event, String coalitionId) {
        return EventData.required(event, coalitionId, "coalitionId");
    }
}
