/**
 * Version 1 of the command-structure service's public events, published on
 * {@link org.entente.contracts.Topics#COMMAND_STRUCTURE_V1}.
 * <p>
 * Every event concerns one operation: subject = the operation id, subject type {@code Operation}, and every record
 * starts with {@code operationId, coalitionId}. Enumerated fields are strings so that a consumer built against an older
 * list keeps reading; their known values are listed on each field. Degrees of authority, strongest first: OPCOM, OPCON,
 * TACOM, TACON; what each permits is served at {@code GET /reference/degrees-of-authority}.
 */
package org.entente.contracts.commandstructure.v1;
