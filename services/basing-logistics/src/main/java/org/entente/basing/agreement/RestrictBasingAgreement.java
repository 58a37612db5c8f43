package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.basing.theatre.Activity;

import java.util.List;

/** The host permits fewer activities: {@code permittedActivities} is what remains. */
public record RestrictBasingAgreement(@TargetAggregateIdentifier String agreementId, List<Activity> permittedActivities,
                                      String reason) {
}
