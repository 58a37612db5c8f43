package org.entente.commandstructure.authority;

/** An event about one national force in the operation. */
public interface ForceEvent {

    String forceId();

    String nation();
}
