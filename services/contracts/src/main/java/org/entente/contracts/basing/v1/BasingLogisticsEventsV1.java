package org.entente.contracts.basing.v1;

import org.entente.contracts.ContractCatalogue;
import org.entente.contracts.ContractType;

import java.util.List;
import java.util.Optional;

/** The catalogue of basing-logistics events, version 1: type names and the records that carry their data. */
public final class BasingLogisticsEventsV1 {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/entente/basing-logistics";

    public static final ContractCatalogue<BasingLogisticsEventV1> CATALOGUE =
            new ContractCatalogue<>("basing-logistics", SCHEMA_VERSION, BasingLogisticsEventV1.class);

    public static final List<ContractType> TYPES = CATALOGUE.types();

    private BasingLogisticsEventsV1() {
    }

    public static Optional<ContractType> byName(String typeName) {
        return CATALOGUE.byName(typeName);
    }

    public static ContractType of(Class<?> dataType) {
        return CATALOGUE.of(dataType);
    }
}
