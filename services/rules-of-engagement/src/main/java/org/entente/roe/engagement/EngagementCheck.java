package org.entente.roe.engagement;

import org.entente.platform.history.Perspective;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.platform.web.NotFound;
import org.entente.roe.basing.BaseAgreement;
import org.entente.roe.basing.Bases;
import org.entente.roe.inbox.UnprocessedEvent;
import org.entente.roe.inbox.UpstreamDeadLetters;
import org.entente.roe.operation.ForcePlacement;
import org.entente.roe.operation.Operations;
import org.entente.roe.profile.KnownOperation;
import org.entente.roe.view.CaveatState;
import org.entente.roe.view.ProfileState;
import org.entente.roe.view.RoeQueries;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Gathers the facts of an engagement check from the event store and the read models, and lets the policy decide. */
@Service
public class EngagementCheck {

    private final Operations operations;
    private final Bases bases;
    private final RoeQueries queries;
    private final CoalitionRoster roster;
    private final UpstreamDeadLetters deadLetters;
    private final Clock clock;

    public EngagementCheck(Operations operations, Bases bases, RoeQueries queries, CoalitionRoster roster,
                           UpstreamDeadLetters deadLetters, Clock clock) {
        this.operations = operations;
        this.bases = bases;
        this.queries = queries;
        this.roster = roster;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    public EngagementAnswer check(EngagementQuestion question) {
        KnownOperation operation = operations.operation(question.operationId()).orElseThrow(() -> new NotFound(
                "no operation " + question.operationId() + " is known from the command-structure topic"));
        Perspective now = Perspective.now(clock);
        ProfileState profile = queries.currentProfile(question.operationId(), now).orElse(null);
        ForcePlacement force = operations.force(question.operationId(), question.forceId()).orElse(null);
        Standing standing = force == null ? Standing.UNKNOWN : roster.standing(operation.coalitionId(), force.nation());
        List<CaveatState> caveats = force == null ? List.of()
                : queries.caveatRecord(operation.coalitionId(), force.nation(), now).inForce();
        BaseAgreement base = question.baseId() == null ? null : bases.agreement(question.baseId()).orElse(null);
        // fail closed: what could not be processed of the operation or the base may be missing from the facts
        List<UnprocessedEvent> unprocessed = new ArrayList<>(deadLetters.ofOperation(question.operationId()));
        if (question.baseId() != null) {
            unprocessed.addAll(deadLetters.ofBase(question.baseId()));
        }
        return EngagementPolicy.decide(question, new EngagementFacts(operation, profile, force, standing, caveats,
                base, unprocessed));
    }
}
