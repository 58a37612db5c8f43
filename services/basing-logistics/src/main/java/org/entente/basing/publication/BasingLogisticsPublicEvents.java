package org.entente.basing.publication;

import org.entente.basing.agreement.BasingAgreementAdvanced;
import org.entente.basing.agreement.BasingAgreementClosed;
import org.entente.basing.agreement.BasingAgreementExpired;
import org.entente.basing.agreement.BasingAgreementReinstated;
import org.entente.basing.agreement.BasingAgreementRenewed;
import org.entente.basing.agreement.BasingAgreementRequested;
import org.entente.basing.agreement.BasingAgreementRestricted;
import org.entente.basing.agreement.BasingAgreementRevoked;
import org.entente.basing.agreement.BasingAgreementStageSigned;
import org.entente.basing.agreement.BasingAgreementSuspended;
import org.entente.basing.clearance.ClearanceClosed;
import org.entente.basing.clearance.ClearanceDenied;
import org.entente.basing.clearance.ClearanceExpired;
import org.entente.basing.clearance.ClearanceGranted;
import org.entente.basing.clearance.ClearanceReinstated;
import org.entente.basing.clearance.ClearanceRequested;
import org.entente.basing.clearance.ClearanceSuspended;
import org.entente.basing.route.SupplyRouteOpened;
import org.entente.basing.route.SupplyRouteRetired;
import org.entente.basing.route.SupplyRouteStatusChanged;
import org.entente.basing.sustainment.SustainmentClosed;
import org.entente.basing.sustainment.SustainmentDelivered;
import org.entente.basing.sustainment.SustainmentReflagged;
import org.entente.basing.sustainment.SustainmentRequested;
import org.entente.basing.sustainment.SustainmentShortfallFlagged;
import org.entente.contracts.Topics;
import org.entente.platform.relay.ContractMapper;
import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.springframework.stereotype.Component;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The basing-logistics service's public contract: which internal event becomes which v1 contract event. The
 * translation is structural but strict: an internal field the contract does not have fails the conversion, so an
 * internal change cannot leak into the contract unnoticed (BasingLogisticsPublicEventsTest checks every pair).
 */
@Component
public class BasingLogisticsPublicEvents extends ContractMapper {

    static final Map<Class<?>, Class<?>> CONTRACTS = Map.ofEntries(
            entry(BasingAgreementRequested.class, org.entente.contracts.basing.v1.BasingAgreementRequested.class),
            entry(BasingAgreementAdvanced.class, org.entente.contracts.basing.v1.BasingAgreementAdvanced.class),
            entry(BasingAgreementStageSigned.class,
                    org.entente.contracts.basing.v1.BasingAgreementStageSigned.class),
            entry(BasingAgreementRestricted.class, org.entente.contracts.basing.v1.BasingAgreementRestricted.class),
            entry(BasingAgreementSuspended.class, org.entente.contracts.basing.v1.BasingAgreementSuspended.class),
            entry(BasingAgreementReinstated.class, org.entente.contracts.basing.v1.BasingAgreementReinstated.class),
            entry(BasingAgreementRenewed.class, org.entente.contracts.basing.v1.BasingAgreementRenewed.class),
            entry(BasingAgreementExpired.class, org.entente.contracts.basing.v1.BasingAgreementExpired.class),
            entry(BasingAgreementRevoked.class, org.entente.contracts.basing.v1.BasingAgreementRevoked.class),
            entry(BasingAgreementClosed.class, org.entente.contracts.basing.v1.BasingAgreementClosed.class),
            entry(ClearanceRequested.class, org.entente.contracts.basing.v1.ClearanceRequested.class),
            entry(ClearanceGranted.class, org.entente.contracts.basing.v1.ClearanceGranted.class),
            entry(ClearanceDenied.class, org.entente.contracts.basing.v1.ClearanceDenied.class),
            entry(ClearanceExpired.class, org.entente.contracts.basing.v1.ClearanceExpired.class),
            entry(ClearanceSuspended.class, org.entente.contracts.basing.v1.ClearanceSuspended.class),
            entry(ClearanceReinstated.class, org.entente.contracts.basing.v1.ClearanceReinstated.class),
            entry(ClearanceClosed.class, org.entente.contracts.basing.v1.ClearanceClosed.class),
            entry(SupplyRouteOpened.class, org.entente.contracts.basing.v1.SupplyRouteOpened.class),
            entry(SupplyRouteStatusChanged.class, org.entente.contracts.basing.v1.SupplyRouteStatusChanged.class),
            entry(SupplyRouteRetired.class, org.entente.contracts.basing.v1.SupplyRouteRetired.class),
            entry(SustainmentRequested.class, org.entente.contracts.basing.v1.SustainmentRequested.class),
            entry(SustainmentDelivered.class, org.entente.contracts.basing.v1.SustainmentDelivered.class),
            entry(SustainmentShortfallFlagged.class,
                    org.entente.contracts.basing.v1.SustainmentShortfallFlagged.class),
            entry(SustainmentReflagged.class, org.entente.contracts.basing.v1.SustainmentReflagged.class),
            entry(SustainmentClosed.class, org.entente.contracts.basing.v1.SustainmentClosed.class));

    public BasingLogisticsPublicEvents() {
        super("basing-logistics", Topics.BASING_LOGISTICS_V1, BasingLogisticsEventsV1.SOURCE, CONTRACTS, BasingLogisticsEventsV1::of);
    }
}
