package org.entente.roe.operation;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.platform.inbox.Reaction;
import org.entente.platform.inbox.ReactionContext;
import org.entente.roe.inbox.EventData;
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
public class CommandStructureReaction implements Reaction {

    static final String PREFIX = "entente.command-structure.";

    private final Operations operations;
    private final StoredRecords records;

    public CommandStructureReaction(Operations operations, StoredRecords records) {
        this.operations = operations;
        this.records = records;
    }

    @Override
    public String topic() {
        return Topics.COMMAND_STRUCTURE_V1;
    }

    @Override
    public void react(EventEnvelope event, ReactionContext context) {
        String type = EventData.simpleType(event, PREFIX);
        switch (type) {
            case "OperationEstablished", "OperationClosed", "ForcePlacedUnderAuthority", "ForceRecalled",
                 "ForceReturnedToNationalCommand" -> EventData.requireVersion1(event);
            default -> {
                return;
            }
        }
        EventData data = EventData.of(event);
        String operationId = data.text("operationId");
        String coalitionId = data.text("coalitionId");
        switch (type) {
            case "OperationEstablished" -> operations.established(operationId, coalitionId, data.optionalText("name"));
            case "OperationClosed" -> {
                String cause = data.optionalText("cause");
                operations.closed(operationId, coalitionId, cause);
                if (records.exists(operationId)) {
                    ProfileClosureCause closure = "COALITION_DISSOLVED".equals(cause)
                            ? ProfileClosureCause.COALITION_DISSOLVED : ProfileClosureCause.OPERATION_CLOSED;
                    context.send(new CloseProfile(operationId, closure), "operation closed"
                            + (cause == null ? "" : ": " + cause));
                }
            }
            case "ForcePlacedUnderAuthority" -> operations.placed(new ForcePlacement(operationId, coalitionId,
                    data.text("forceId"), data.text("nation"), data.optionalText("forceType"),
                    data.optionalInt("size"), data.optionalText("nodeId"), data.text("degree"),
                    data.texts("functions"), data.optionalText("area"), data.optionalInstant("from"),
                    data.optionalInstant("until"), ForceStanding.UNDER_COALITION_AUTHORITY, null));
            case "ForceRecalled" -> operations.ended(operationId, coalitionId, data.text("forceId"),
                    data.text("nation"), ForceStanding.RECALLED, data.optionalText("reason"));
            case "ForceReturnedToNationalCommand" -> operations.ended(operationId, coalitionId, data.text("forceId"),
                    data.text("nation"), ForceStanding.RETURNED_TO_NATIONAL_COMMAND, data.optionalText("cause"));
            default -> throw new IllegalStateException("unhandled " + type);
        }
    }
}
