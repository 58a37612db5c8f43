package org.entente.contracts.basing.v1;

import org.entente.contracts.ContractType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of basing-logistics events, version 1: type names and the records that carry their data. */
public final class BasingLogisticsEventsV1 {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/entente/basing-logistics";
    private static final String PREFIX = "entente.basing-logistics.";

    public static final List<ContractType> TYPES = List.of(
            type(BasingAgreementRequested.class), type(BasingAgreementAdvanced.class),
            type(BasingAgreementRestricted.class), type(BasingAgreementSuspended.class),
            type(BasingAgreementReinstated.class), type(BasingAgreementRenewed.class),
            type(BasingAgreementExpired.class), type(BasingAgreementRevoked.class), type(BasingAgreementClosed.class),
            type(ClearanceRequested.class), type(ClearanceGranted.class), type(ClearanceDenied.class),
            type(ClearanceExpired.class), type(ClearanceSuspended.class), type(ClearanceReinstated.class),
            type(ClearanceClosed.class),
            type(SupplyRouteOpened.class), type(SupplyRouteStatusChanged.class), type(SupplyRouteRetired.class),
            type(SustainmentRequested.class), type(SustainmentDelivered.class),
            type(SustainmentShortfallFlagged.class), type(SustainmentReflagged.class), type(SustainmentClosed.class));

    private static final Map<String, ContractType> BY_NAME =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(ContractType::name, Function.identity()));
    private static final Map<Class<?>, ContractType> BY_CLASS =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(ContractType::dataType, Function.identity()));

    private BasingLogisticsEventsV1() {
    }

    public static Optional<ContractType> byName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    public static ContractType of(Class<?> dataType) {
        ContractType type = BY_CLASS.get(dataType);
        if (type == null) {
            throw new IllegalArgumentException(dataType.getName() + " is not a basing-logistics v1 contract type");
        }
        return type;
    }

    private static ContractType type(Class<?> dataType) {
        return new ContractType(PREFIX + dataType.getSimpleName(), SCHEMA_VERSION, dataType);
    }
}
