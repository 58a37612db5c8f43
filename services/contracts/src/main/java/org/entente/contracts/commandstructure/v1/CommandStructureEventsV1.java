package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.ContractType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of command-structure events, version 1: type names and the records that carry their data. */
public final class CommandStructureEventsV1 {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/entente/command-structure";
    /** Every event's subject is an operation. */
    public static final String SUBJECT_TYPE = "Operation";
    private static final String PREFIX = "entente.command-structure.";

    public static final List<ContractType> TYPES = List.of(
            type(OperationEstablished.class), type(LeadNationDesignated.class), type(LeadNationVacated.class),
            type(HeadquartersEstablished.class),
            type(ForcePlacedUnderAuthority.class), type(ForceRecalled.class),
            type(ForceReturnedToNationalCommand.class),
            type(RedCardPolicySet.class), type(TaskingIssued.class), type(TaskingAwaitingApproval.class),
            type(TaskingApproved.class), type(TaskingVetoed.class), type(TaskingEnded.class),
            type(OperationClosed.class));

    private static final Map<String, ContractType> BY_NAME =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(ContractType::name, Function.identity()));
    private static final Map<Class<?>, ContractType> BY_CLASS =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(ContractType::dataType, Function.identity()));

    private CommandStructureEventsV1() {
    }

    public static Optional<ContractType> byName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    public static ContractType of(Class<?> dataType) {
        ContractType type = BY_CLASS.get(dataType);
        if (type == null) {
            throw new IllegalArgumentException(dataType.getName() + " is not a command-structure v1 contract type");
        }
        return type;
    }

    private static ContractType type(Class<?> dataType) {
        return new ContractType(PREFIX + dataType.getSimpleName(), SCHEMA_VERSION, dataType);
    }
}
