package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.basing.theatre.Activity;

import java.time.Instant;
import java.util.List;

/** Asks a host nation for a base; the host must stand in the coalition as an active member or a partner. */
public record RequestBasingAgreement(@TargetAggregateIdentifier String agreementId, String coalitionId,
                                     String hostNation, String site, List<Activity> permittedActivities,
                                     int personnelCapacity, int aircraftParkingCapacity, Instant validFrom,
                                     Instant validUntil) {
}
