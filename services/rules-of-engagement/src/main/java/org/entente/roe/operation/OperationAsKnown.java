package org.entente.roe.operation;

import org.entente.roe.profile.KnownOperation;

import java.util.List;

/** An operation and its forces, as this service learned them from the command-structure topic. */
public record OperationAsKnown(KnownOperation operation, List<ForcePlacement> forces) {

    public OperationAsKnown {
        forces = List.copyOf(forces);
    }

    public java.util.Optional<ForcePlacement> force(String forceId) {
        return forces.stream().filter(force -> force.forceId().equals(forceId)).findFirst();
    }
}
