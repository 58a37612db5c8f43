package org.entente.basing.view;

/**
 * A state read, with the version of the record known at the read's {@code knownAt}: the ETag a client sends back as
 * If-Match (it is the state's own version unless a future-dated decision is recorded but not yet in effect).
 */
public record Versioned<T>(T state, long knownVersion) {
}
