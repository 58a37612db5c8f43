package org.entente.roe.caveat;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coalition is gone: every caveat is archived and the record takes no new ones. Nothing when closed already. */
public record CloseCaveatRecord(@TargetAggregateIdentifier String recordId, CaveatEndCause cause) {
}
