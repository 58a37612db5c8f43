package org.entente.contracts.basing.v1;

import org.entente.contracts.ContractCatalogue;
import org.entente.contracts.ContractType;

import java.util.List;
import java.util.Optional;

/** The catalogue of basing-logistics events, version 1: type names and the records that carry their data. */
public final class BasingLogisticsEventsV1 {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/entente/basing-logistics";

    private static final ContractCatalogue CATALOGUE = new ContractCatalogue(
            "basing-logistics", SCHEMA_VERSION, List.of(
            BasingAgreementRequested.class, BasingAgreementAdvanced.class,
            BasingAgreementRestricted.class, BasingAgreementSuspended.class,
            BasingAgreementReinstated.class, BasingAgreementRenewed.class,
            BasingAgreementExpired.class, BasingAgreementRevoked.class, BasingAgreementClosed.class,
            ClearanceRequested.class, ClearanceGranted.class, ClearanceDenied.class,
            ClearanceExpired.class, ClearanceSuspended.class, ClearanceReinstated.class,
            ClearanceClosed.class,
            SupplyRouteOpened.class, SupplyRouteStatusChanged.class, SupplyRouteRetired.class,
            SustainmentRequested.class, SustainmentDelivered.class,
            SustainmentShortfallFlagged.class, SustainmentReflagged.class, SustainmentClosed.class));

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
