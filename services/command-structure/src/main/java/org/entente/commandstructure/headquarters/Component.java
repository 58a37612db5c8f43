package org.entente.commandstructure.headquarters;

/** What a component headquarters commands. */
public enum Component {
    LAND, AIR, MARITIME, SPECIAL_OPERATIONS, LOGISTICS
}
