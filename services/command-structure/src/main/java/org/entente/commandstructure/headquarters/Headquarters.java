package org.entente.commandstructure.headquarters;

/**
 * A node of an operation's command tree. Headquarters are never changed once established, so a plain value is enough.
 *
 * @param parentNodeId null for the strategic headquarters at the top
 */
public record Headquarters(String nodeId, String name, Level level, Component component, String commanderNation,
                           String parentNodeId) {

    public static Headquarters of(HeadquartersEstablished event) {
        return new Headquarters(event.nodeId(), event.name(), event.level(), event.component(),
                event.commanderNation(), event.parentNodeId());
    }
}
