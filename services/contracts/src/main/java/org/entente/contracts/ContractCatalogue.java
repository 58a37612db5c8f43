package org.entente.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The event types of one service's contract at one major version: each type is named
 * {@code entente.<service>.<RecordName>} and carried by its record. The records implement one sealed interface per
 * topic and version ({@code E}), so a consumer decodes an envelope into that type and switches on its records.
 *
 * @param <E> the sealed interface every record of this contract implements
 */
public final class ContractCatalogue<E> {

    private final String service;
    private final int schemaVersion;
    private final Class<E> root;
    private final List<ContractType> types;
    private final Map<String, ContractType> byName;
    private final Map<Class<?>, ContractType> byClass;

    /** The contract whose records are the classes {@code root} permits, in the order it lists them. */
    public ContractCatalogue(String service, int schemaVersion, Class<E> root) {
        if (!root.isSealed()) {
            throw new IllegalArgumentException(root.getName() + " must be sealed: it names every record of the contract");
        }
        this.service = service;
        this.schemaVersion = schemaVersion;
        this.root = root;
        this.types = Arrays.stream(root.getPermittedSubclasses())
                .map(type -> new ContractType("entente." + service + "." + type.getSimpleName(), schemaVersion, type))
                .toList();
        this.byName = types.stream().collect(Collectors.toUnmodifiableMap(ContractType::name, Function.identity()));
        this.byClass = types.stream().collect(Collectors.toUnmodifiableMap(ContractType::dataType,
                Function.identity()));
    }

    /** The topic the contract's events are published on, e.g. {@code entente.membership.v1}. */
    public String topic() {
        return "entente." + service + ".v" + schemaVersion;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public Class<E> root() {
        return root;
    }

    public List<ContractType> types() {
        return types;
    }

    public Optional<ContractType> byName(String typeName) {
        return Optional.ofNullable(byName.get(typeName));
    }

    public ContractType of(Class<?> dataType) {
        ContractType type = byClass.get(dataType);
        if (type == null) {
            throw new IllegalArgumentException(dataType.getName() + " is not a " + service + " contract type");
        }
        return type;
    }

    /**
     * The envelope's data as its contract record. Empty for a type this catalogue does not know: one added to the
     * contract later, compatibly, which a consumer built before it ignores.
     *
     * @throws IllegalArgumentException for another schema version, or data that does not fit the record; neither
     *                                  goes away by reading the envelope again
     */
    public Optional<E> decode(EventEnvelope envelope) {
        if (envelope.schemaVersion() != schemaVersion) {
            throw new IllegalArgumentException(envelope.type() + " schema version " + envelope.schemaVersion()
                    + " is not understood by the " + service + " v" + schemaVersion + " contract");
        }
        Optional<ContractType> type = byName(envelope.type());
        if (type.isPresent() && (envelope.data() == null || !envelope.data().isObject())) {
            throw new IllegalArgumentException(envelope.type() + " " + envelope.id() + " has no data object");
        }
        return type.map(known -> root.cast(EnvelopeCodec.data(envelope, known.dataType())));
    }
}
