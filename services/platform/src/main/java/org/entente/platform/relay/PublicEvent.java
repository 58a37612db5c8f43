package org.entente.platform.relay;

import org.entente.contracts.ContractType;

/** An internal event in its public form: a contract type and the contract record that carries its data. */
public record PublicEvent(ContractType type, Object data) {
}
