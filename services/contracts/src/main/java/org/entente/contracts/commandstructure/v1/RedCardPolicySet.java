package org.entente.contracts.commandstructure.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.util.List;

/**
 * A nation's red-card policy in the operation, replacing any earlier one: taskings of its forces of these kinds wait
 * for the holder's approval.
 *
 * @param holder       who holds the nation's red card (an actor id)
 * @param taskingKinds the tasking kinds that need approval (see {@link TaskingIssued#kind()})
 */
public record RedCardPolicySet(@Bounded(length = Bounds.ID) String operationId,
                               @Bounded(length = Bounds.ID) String coalitionId,
                               @Bounded(length = Bounds.NATION) String nation,
                               @Bounded(length = Bounds.SHORT) String holder,
                               @Bounded(length = Bounds.CODE, items = 20) List<String> taskingKinds)
        implements CommandStructureEventV1 {

    public RedCardPolicySet {
        taskingKinds = taskingKinds == null ? List.of() : List.copyOf(taskingKinds);
    }
}
