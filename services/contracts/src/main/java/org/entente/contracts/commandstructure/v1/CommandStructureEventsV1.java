package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.ContractCatalogue;
import org.entente.contracts.ContractType;

import java.util.List;
import java.util.Optional;

/** The catalogue of command-structure events, version 1: type names and the records that carry their data. */
public final class CommandStructureEventsV1 {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/entente/command-structure";
    /** Every event's subject is an operation. */
    public static final String SUBJECT_TYPE = "Operation";

    public static final ContractCatalogue<CommandStructureEventV1> CATALOGUE =
            new ContractCatalogue<>("command-structure", SCHEMA_VERSION, CommandStructureEventV1.class);

    public static final List<ContractType> TYPES = CATALOGUE.types();

    private CommandStructureEventsV1() {
    }

    public static Optional<ContractType> byName(String typeName) {
        return CATALOGUE.byName(typeName);
    }

    public static ContractType of(Class<?> dataType) {
        return CATALOGUE.of(dataType);
    }
}
