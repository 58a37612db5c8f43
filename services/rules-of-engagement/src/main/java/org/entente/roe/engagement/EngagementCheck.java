package org.entente.roe.engagement;

import org.entente.platform.decision.Actor;
import org.entente.platform.history.CurrentReader;
import org.entente.platform.history.Perspective;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.platform.web.NotFound;
import org.entente.roe.basing.BaseAgreement;
import org.entente.roe.basing.Bases;
import org.entente.roe.inbox.UnprocessedEvent;
import org.entente.roe.inbox.UpstreamDeadLetters;
import org.entente.roe.operation.ForcePlacement;
import org.entente.roe.operation.OperationAsKnown;
import org.entente.roe.operation.Operations;
import org.entente.roe.view.CaveatState;
import org.entente.roe.view.ProfileState;
import org.entente.roe.view.RoeQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the facts of an engagement check from the event store and the read models, and lets the policy decide.
 * <p>
 * Releasability: the check is decided on every fact, those the reader may not see included (a caveat or a prohibition
 * restricted to other nations still stands against the engagement: a check that ignored it would answer "permitted"
 * wrongly). It is decided a second time on the facts as the reader may see them, and the answer is worded from both
 * ({@link Withholding}): the reader gets the decision, the reasons they could have found themselves, and, when other
 * reasons stand, a single {@link ReasonCode#NOT_RELEASABLE} that names none of them. An operation the reader may not
 * see is not known to them (404), as on {@code /operations/{id}}.
 */
@Service
public class EngagementCheck {

    private final Operations operations;
    private final Bases bases;
    private final RoeQueries queries;
    private final CoalitionRoster roster;
    private final UpstreamDeadLetters deadLetters;
    private final CurrentReader reader;
    private final Clock clock;

    public EngagementCheck(Operations operations, Bases bases, RoeQueries queries, CoalitionRoster roster,
                           UpstreamDeadLetters deadLetters, ObjectProvider<CurrentReader> reader, Clock clock) {
        this.operations = operations;
        this.bases = bases;
        this.queries = queries;
        this.roster = roster;
        this.deadLetters = deadLetters;
        this.reader = reader.getIfAvailable(() -> CurrentReader.NONE);
        this.clock = clock;
    }

    public EngagementAnswer check(EngagementQuestion question) {
        Actor asker = reader.get().orElse(null);
        OperationAsKnown seen = operations.asSeenBy(question.operationId(), asker).orElseThrow(() -> new NotFound(
                "no operation " + question.operationId() + " is known from the command-structure topic"));
        Perspective now = Perspective.now(clock);
        // fail closed: what could not be processed of the operation or the base may be missing from the facts
        List<UnprocessedEvent> unprocessed = new ArrayList<>(deadLetters.ofOperation(question.operationId()));
        if (question.baseId() != null) {
            unprocessed.addAll(deadLetters.ofBase(question.baseId()));
        }

        OperationAsKnown whole = operations.asSeenBy(question.operationId(), null).orElse(seen);
        ForcePlacement force = whole.force(question.forceId()).orElse(null);
        EngagementAnswer decided = EngagementPolicy.decide(question, new EngagementFacts(whole.operation(),
                queries.wholeProfile(question.operationId(), now).orElse(null), force, standing(whole, force),
                force == null ? List.of()
                        : queries.wholeCaveatRecord(whole.operation().coalitionId(), force.nation(), now).inForce(),
                question.baseId() == null ? null : bases.asSeenBy(question.baseId(), null).orElse(null),
                unprocessed));
        if (asker == null) {
            return decided;
        }

        ForcePlacement seenForce = seen.force(question.forceId()).orElse(null);
        List<CaveatState> seenCaveats = seenForce == null ? List.of()
                : queries.caveatRecord(seen.operation().coalitionId(), seenForce.nation(), now).inForce();
        ProfileState seenProfile = queries.currentProfile(question.operationId(), now).orElse(null);
        BaseAgreement seenBase = question.baseId() == null ? null
                : bases.asSeenBy(question.baseId(), asker).orElse(null);
        EngagementAnswer asSeen = EngagementPolicy.decide(question, new EngagementFacts(seen.operation(), seenProfile,
                seenForce, standing(seen, seenForce), seenCaveats, seenBase, unprocessed));
        return Withholding.wordedFor(decided, asSeen);
    }

    private Standing standing(OperationAsKnown operation, ForcePlacement force) {
        return force == null ? Standing.UNKNOWN : roster.standing(operation.operation().coalitionId(), force.nation());
    }
}
