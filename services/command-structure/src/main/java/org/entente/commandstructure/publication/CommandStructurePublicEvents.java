package org.entente.commandstructure.publication;

import org.entente.commandstructure.authority.ForcePlacedUnderAuthority;
import org.entente.commandstructure.authority.ForceRecalled;
import org.entente.commandstructure.authority.ForceReturnedToNationalCommand;
import org.entente.commandstructure.headquarters.HeadquartersEstablished;
import org.entente.commandstructure.operation.LeadNationDesignated;
import org.entente.commandstructure.operation.LeadNationVacated;
import org.entente.commandstructure.operation.OperationClosed;
import org.entente.commandstructure.operation.OperationEstablished;
import org.entente.commandstructure.tasking.RedCardPolicySet;
import org.entente.commandstructure.tasking.TaskingApproved;
import org.entente.commandstructure.tasking.TaskingAwaitingApproval;
import org.entente.commandstructure.tasking.TaskingEnded;
import org.entente.commandstructure.tasking.TaskingIssued;
import org.entente.commandstructure.tasking.TaskingVetoed;
import org.entente.contracts.Topics;
import org.entente.platform.relay.ContractMapper;
import org.entente.contracts.commandstructure.v1.CommandStructureEventsV1;
import org.springframework.stereotype.Component;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The command-structure service's public contract: which internal event becomes which v1 contract event. Strict: an
 * internal field the contract does not have fails the conversion, so an internal change cannot leak into the contract
 * unnoticed (CommandStructurePublicEventsTest checks every pair).
 */
@Component
public class CommandStructurePublicEvents extends ContractMapper {

    static final Map<Class<?>, Class<?>> CONTRACTS = Map.ofEntries(
            entry(OperationEstablished.class,
                    org.entente.contracts.commandstructure.v1.OperationEstablished.class),
            entry(LeadNationDesignated.class,
                    org.entente.contracts.commandstructure.v1.LeadNationDesignated.class),
            entry(LeadNationVacated.class, org.entente.contracts.commandstructure.v1.LeadNationVacated.class),
            entry(HeadquartersEstablished.class,
                    org.entente.contracts.commandstructure.v1.HeadquartersEstablished.class),
            entry(ForcePlacedUnderAuthority.class,
                    org.entente.contracts.commandstructure.v1.ForcePlacedUnderAuthority.class),
            entry(ForceRecalled.class, org.entente.contracts.commandstructure.v1.ForceRecalled.class),
            entry(ForceReturnedToNationalCommand.class,
                    org.entente.contracts.commandstructure.v1.ForceReturnedToNationalCommand.class),
            entry(RedCardPolicySet.class, org.entente.contracts.commandstructure.v1.RedCardPolicySet.class),
            entry(TaskingIssued.class, org.entente.contracts.commandstructure.v1.TaskingIssued.class),
            entry(TaskingAwaitingApproval.class,
                    org.entente.contracts.commandstructure.v1.TaskingAwaitingApproval.class),
            entry(TaskingApproved.class, org.entente.contracts.commandstructure.v1.TaskingApproved.class),
            entry(TaskingVetoed.class, org.entente.contracts.commandstructure.v1.TaskingVetoed.class),
            entry(TaskingEnded.class, org.entente.contracts.commandstructure.v1.TaskingEnded.class),
            entry(OperationClosed.class, org.entente.contracts.commandstructure.v1.OperationClosed.class));

    public CommandStructurePublicEvents() {
        super("command-structure", Topics.COMMAND_STRUCTURE_V1, CommandStructureEventsV1.SOURCE, CONTRACTS, CommandStructureEventsV1::of);
    }
}
