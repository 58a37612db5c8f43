package org.entente.contracts.membership.v1;

import org.entente.contracts.ContractCatalogue;
import org.entente.contracts.ContractType;

import java.util.List;
import java.util.Optional;

/** The catalogue of membership events, version 1: type names and the records that carry their data. */
public final class MembershipEventsV1 {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/entente/membership";

    public static final ContractCatalogue<MembershipEventV1> CATALOGUE =
            new ContractCatalogue<>("membership", SCHEMA_VERSION, MembershipEventV1.class);

    public static final List<ContractType> TYPES = CATALOGUE.types();

    private MembershipEventsV1() {
    }

    public static Optional<ContractType> byName(String typeName) {
        return CATALOGUE.byName(typeName);
    }

    public static ContractType of(Class<?> dataType) {
        return CATALOGUE.of(dataType);
    }
}
