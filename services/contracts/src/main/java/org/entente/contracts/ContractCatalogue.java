package org.entente.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The event types of one service's contract at one major version: each type is named
 * {@code entente.<service>.<RecordName>} and carried by its record.
 */
public final class ContractCatalogue {

    private final String service;
    private final List<ContractType> types;
    private final Map<String, ContractType> byName;
    private final Map<Class<?>, ContractType> byClass;

    public ContractCatalogue(String service, int schemaVersion, List<Class<?>> dataTypes) {
        this.service = service;
        this.types = dataTypes.stream()
                .map(type -> new ContractType("entente." + service + "." + type.getSimpleName(), schemaVersion, type))
                .toList();
        this.byName = types.stream().collect(Collectors.toUnmodifiableMap(ContractType::name, Function.identity()));
        this.byClass = types.stream().collect(Collectors.toUnmodifiableMap(ContractType::dataType,
                Function.identity()));
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
}
