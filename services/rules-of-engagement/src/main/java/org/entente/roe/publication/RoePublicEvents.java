package org.entente.roe.publication;

import org.entente.contracts.Topics;
import org.entente.platform.relay.ContractMapper;
import org.entente.contracts.roe.v1.RulesOfEngagementEventsV1;
import org.entente.roe.caveat.CaveatArchived;
import org.entente.roe.caveat.CaveatDeclared;
import org.entente.roe.caveat.CaveatLifted;
import org.entente.roe.caveat.CaveatRecordClosed;
import org.entente.roe.profile.MeasureAuthorised;
import org.entente.roe.profile.MeasureCancelled;
import org.entente.roe.profile.MeasureImplemented;
import org.entente.roe.profile.MeasureRequestClosed;
import org.entente.roe.profile.MeasureRequested;
import org.entente.roe.profile.RoeProfileClosed;
import org.entente.roe.profile.RoeProfileEstablished;
import org.entente.roe.profile.RoeProfileFlaggedForReview;
import org.entente.roe.profile.RoeProfileReauthorised;
import org.springframework.stereotype.Component;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The rules-of-engagement service's public contract: which internal event becomes which v1 contract event. Strict: an
 * internal field the contract does not have fails the conversion, so an internal change cannot leak into the contract
 * unnoticed (RoePublicEventsTest checks every pair).
 */
@Component
public class RoePublicEvents extends ContractMapper {

    static final Map<Class<?>, Class<?>> CONTRACTS = Map.ofEntries(
            entry(RoeProfileEstablished.class, org.entente.contracts.roe.v1.RoeProfileEstablished.class),
            entry(MeasureRequested.class, org.entente.contracts.roe.v1.MeasureRequested.class),
            entry(MeasureAuthorised.class, org.entente.contracts.roe.v1.MeasureAuthorised.class),
            entry(MeasureImplemented.class, org.entente.contracts.roe.v1.MeasureImplemented.class),
            entry(MeasureCancelled.class, org.entente.contracts.roe.v1.MeasureCancelled.class),
            entry(MeasureRequestClosed.class, org.entente.contracts.roe.v1.MeasureRequestClosed.class),
            entry(RoeProfileFlaggedForReview.class, org.entente.contracts.roe.v1.RoeProfileFlaggedForReview.class),
            entry(RoeProfileReauthorised.class, org.entente.contracts.roe.v1.RoeProfileReauthorised.class),
            entry(RoeProfileClosed.class, org.entente.contracts.roe.v1.RoeProfileClosed.class),
            entry(CaveatDeclared.class, org.entente.contracts.roe.v1.CaveatDeclared.class),
            entry(CaveatLifted.class, org.entente.contracts.roe.v1.CaveatLifted.class),
            entry(CaveatArchived.class, org.entente.contracts.roe.v1.CaveatArchived.class),
            entry(CaveatRecordClosed.class, org.entente.contracts.roe.v1.CaveatRecordClosed.class));

    public RoePublicEvents() {
        super("rules-of-engagement", Topics.RULES_OF_ENGAGEMENT_V1, RulesOfEngagementEventsV1.SOURCE, CONTRACTS, RulesOfEngagementEventsV1::of);
    }
}
