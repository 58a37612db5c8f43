package org.entente.contracts.commandstructure.v1;

/**
 * The lead nation left the coalition or was suspended; the operation has no lead nation until one is designated.
 *
 * @param cause MEMBER_WITHDRAWN, MEMBER_SUSPENDED
 */
public record LeadNationVacated(String operationId, String coalitionId, String nation, String cause) {
}
