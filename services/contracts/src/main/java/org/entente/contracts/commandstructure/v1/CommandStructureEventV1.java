package org.entente.contracts.commandstructure.v1;

/**
 * Every command-structure event of contract version 1: what a consumer switches on. The order here is the catalogue's
 * ({@link CommandStructureEventsV1}).
 */
public sealed interface CommandStructureEventV1 permits
        OperationEstablished, LeadNationDesignated, LeadNationVacated, HeadquartersEstablished,
        ForcePlacedUnderAuthority, ForceRecalled, ForceReturnedToNationalCommand, RedCardPolicySet,
        TaskingIssued, TaskingAwaitingApproval, TaskingApproved, TaskingVetoed,
        TaskingEnded, OperationClosed {
}
