package org.entente.commandstructure.headquarters;

public record HeadquartersEstablished(String operationId, String coalitionId, String nodeId, String name, Level level,
                                      Component component, String commanderNation, String parentNodeId) {
}
