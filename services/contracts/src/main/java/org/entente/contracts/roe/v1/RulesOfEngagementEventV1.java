package org.entente.contracts.roe.v1;

/**
 * Every rules-of-engagement event of contract version 1: what a consumer switches on. The order here is the catalogue's
 * ({@link RulesOfEngagementEventsV1}).
 */
public sealed interface RulesOfEngagementEventV1 permits
        RoeProfileEstablished, MeasureRequested, MeasureAuthorised, MeasureImplemented,
        MeasureCancelled, MeasureRequestClosed, RoeProfileFlaggedForReview, RoeProfileReauthorised,
        RoeProfileClosed, CaveatDeclared, CaveatLifted, CaveatArchived,
        CaveatRecordClosed {
}
