package org.entente.contracts;

/** One public event type at one schema version, and the record that carries its data. */
public record ContractType(String name, int schemaVersion, Class<?> dataType) {
}
