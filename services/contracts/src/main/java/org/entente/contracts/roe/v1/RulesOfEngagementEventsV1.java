package org.entente.contracts.roe.v1;

import org.entente.contracts.ContractCatalogue;
import org.entente.contracts.ContractType;

import java.util.List;
import java.util.Optional;

/** The catalogue of rules-of-engagement events, version 1: type names and the records that carry their data. */
public final class RulesOfEngagementEventsV1 {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/entente/rules-of-engagement";

    private static final ContractCatalogue CATALOGUE = new ContractCatalogue(
            "rules-of-engagement", SCHEMA_VERSION, List.of(
            RoeProfileEstablished.class, MeasureRequested.class, MeasureAuthorised.class,
            MeasureImplemented.class, MeasureCancelled.class, MeasureRequestClosed.class,
            RoeProfileFlaggedForReview.class, RoeProfileReauthorised.class, RoeProfileClosed.class,
            CaveatDeclared.class, CaveatLifted.class, CaveatArchived.class,
            CaveatRecordClosed.class));

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
