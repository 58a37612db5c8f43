package org.entente.roe.caveat;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The nation is no longer an active member: its caveats stop applying and are kept as history. Records nothing when
 * none is left in force, so that a repeated withdrawal or suspension changes nothing.
 */
public record ArchiveCaveats(@TargetAggregateIdentifier String recordId, CaveatEndCause cause) {
}
