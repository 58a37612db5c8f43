package org.entente.commandstructure.view;

import org.entente.commandstructure.authority.TaskingKind;

import java.time.Instant;
import java.util.List;

public record RedCardPolicyState(String nation, String holder, List<TaskingKind> taskingKinds, Instant since) {
}
