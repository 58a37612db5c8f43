package org.entente.membership.coalition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Forms a coalition; the lead nation and the founding members are admitted with it. */
public record FormCoalition(@TargetAggregateIdentifier String coalitionId, String name, CoalitionKind kind,
                            CoalitionPurpose purpose, LegalBasis legalBasis, String leadNation, Mandate mandate,
                            List<String> foundingMembers) {

    public FormCoalition {
        foundingMembers = foundingMembers == null ? List.of() : List.copyOf(foundingMembers);
    }
}
