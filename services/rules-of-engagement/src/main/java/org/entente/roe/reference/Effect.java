package org.entente.roe.reference;

/** A measure either allows an action or forbids one. */
public enum Effect {
    PERMISSION, PROHIBITION
}
