package org.entente.roe.profile;

/** An operation as this service learned it from the command-structure topic. */
public record KnownOperation(String operationId, String coalitionId, String name, boolean closed) {
}
