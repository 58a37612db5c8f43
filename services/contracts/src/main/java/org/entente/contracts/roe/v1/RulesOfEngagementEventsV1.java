package org.entente.contracts.roe.v1;

import org.entente.contracts.ContractCatalogue;
import org.entente.contracts.ContractType;

import java.util.List;
import java.util.Optional;

/** The catalogue of rules-of-engagement events, version 1: type names and the records that carry their data. */
public final class RulesOfEngagementEventsV1 {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/entente/rules-of-engagement";

    public static final ContractCatalogue<RulesOfEngagementEventV1> CATALOGUE =
            new ContractCatalogue<>("rules-of-engagement", SCHEMA_VERSION, RulesOfEngagementEventV1.class);

    public static final List<ContractType> TYPES = CATALOGUE.types();

    private RulesOfEngagementEventsV1() {
    }

    public static Optional<ContractType> byName(String typeName) {
        return CATALOGUE.byName(typeName);
    }

    public static ContractType of(Class<?> dataType) {
        return CATALOGUE.of(dataType);
    }
}
