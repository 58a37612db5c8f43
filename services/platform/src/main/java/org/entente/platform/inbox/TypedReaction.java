package org.entente.platform.inbox;

import org.entente.contracts.ContractCatalogue;
import org.entente.contracts.EventEnvelope;

import java.util.Optional;

/**
 * A reaction to one public contract: it receives each upstream event decoded into the contract's sealed record type
 * and switches on the records, never on type names. A type the contract gained after this service was built is
 * ignored; a record that does not fit its contract never reaches the reaction (the inbox dead-letters it first, once,
 * whatever reactions the service has).
 *
 * @param <E> the contract's sealed record type, e.g. {@code MembershipEventV1}
 */
public abstract class TypedReaction<E> implements Reaction {

    private final ContractCatalogue<E> contract;

    protected TypedReaction(ContractCatalogue<E> contract) {
        this.contract = contract;
    }

    @Override
    public final String topic() {
        return contract.topic();
    }

    @Override
    public final void react(EventEnvelope event, ReactionContext context) {
        decode(event).ifPresent(record -> react(record, context));
    }

    private Optional<E> decode(EventEnvelope event) {
        try {
            return contract.decode(event);
        } catch (IllegalArgumentException unreadable) {
            throw new Poison(unreadable.getMessage());
        }
    }

    /**
     * Reacts to one upstream record; {@code context.cause()} is its envelope (id, recorded and effective time,
     * releasability). Commands sent through the context name it as their cause.
     */
    protected abstract void react(E event, ReactionContext context);
}
