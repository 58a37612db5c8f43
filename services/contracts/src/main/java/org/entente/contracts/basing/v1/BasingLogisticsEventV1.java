package org.entente.contracts.basing.v1;

/**
 * Every basing-logistics event of contract version 1: what a consumer switches on. The order here is the catalogue's
 * ({@link BasingLogisticsEventsV1}).
 */
public sealed interface BasingLogisticsEventV1 permits
        BasingAgreementRequested, BasingAgreementAdvanced, BasingAgreementStageSigned,
        BasingAgreementRestricted, BasingAgreementSuspended, BasingAgreementReinstated,
        BasingAgreementRenewed, BasingAgreementExpired, BasingAgreementRevoked,
        BasingAgreementClosed, ClearanceRequested, ClearanceGranted,
        ClearanceDenied, ClearanceExpired, ClearanceSuspended,
        ClearanceReinstated, ClearanceClosed, SupplyRouteOpened,
        SupplyRouteStatusChanged, SupplyRouteRetired, SustainmentRequested,
        SustainmentDelivered, SustainmentShortfallFlagged, SustainmentReflagged,
        SustainmentClosed {
}
