package org.entente.contracts.commandstructure.v1;

import java.util.List;

/**
 * A nation's red-card policy in the operation, replacing any earlier one: taskings of its forces of these kinds wait
 * for the holder's approval.
 *
 * @param holder       who holds the nation's red card (an actor id)
 * @param taskingKinds the tasking kinds that need approval (see {@link TaskingIssued#kind()})
 */
public record RedCardPolicySet(String operationId, String coalitionId, String nation, String holder,
                               List<String> taskingKinds) {

    public RedCardPolicySet {
        taskingKinds = taskingKinds == null ? List.of() : List.copyOf(taskingKinds);
    }
}
