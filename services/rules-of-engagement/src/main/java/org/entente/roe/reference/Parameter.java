package org.entente.roe.reference;

/**
 * The value a measure asks for when it is requested.
 *
 * @param kind     what it is
 * @param asks     what to fill in, in a few words
 * @param required whether the measure is incomplete without it
 */
public record Parameter(ParameterKind kind, String asks, boolean required) {
}
