package org.entente.contracts.roe.v1;

import org.entente.contracts.ContractType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of rules-of-engagement events, version 1: type names and the records that carry their data. */
public final class RulesOfEngagementEventsV1 {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/entente/rules-of-engagement";
    private static final String PREFIX = "entente.rules-of-engagement.";

    public static final List<ContractType> TYPES = List.of(
            type(RoeProfileEstablished.class), type(MeasureRequested.class), type(MeasureAuthorised.class),
            type(MeasureImplemented.class), type(MeasureCancelled.class), type(MeasureRequestClosed.class),
            type(RoeProfileFlaggedForReview.class), type(RoeProfileReauthorised.class), type(RoeProfileClosed.class),
            type(CaveatDeclared.class), type(CaveatLifted.class), type(CaveatArchived.class),
            type(CaveatRecordClosed.class));

    private static final Map<String, ContractType> BY_NAME =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(ContractType::name, Function.identity()));
    private static final Map<Class<?>, ContractType> BY_CLASS =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(ContractType::dataType, Function.identity()));

    private RulesOfEngagementEventsV1() {
    }

    public static Optional<ContractType> byName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    public static ContractType of(Class<?> dataType) {
        ContractType type = BY_CLASS.get(dataType);
        if (type == null) {
            throw new IllegalArgumentException(dataType.getName() + " is not a rules-of-engagement v1 contract type");
        }
        return type;
    }

    private static ContractType type(Class<?> dataType) {
        return new ContractType(PREFIX + dataType.getSimpleName(), SCHEMA_VERSION, dataType);
    }
}
