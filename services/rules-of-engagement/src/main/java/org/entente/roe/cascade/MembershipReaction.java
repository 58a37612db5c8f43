package org.entente.roe.cascade;

import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.MandateAmended;
import org.entente.contracts.membership.v1.MandateExpired;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.MembershipEventV1;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.platform.inbox.ReactionContext;
import org.entente.platform.inbox.TypedReaction;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.roe.caveat.ArchiveCaveats;
import org.entente.roe.caveat.CaveatEndCause;
import org.entente.roe.caveat.CloseCaveatRecord;
import org.entente.roe.caveat.NationalCaveats;
import org.entente.roe.inbox.StoredRecords;
import org.entente.roe.profile.CloseMeasureRequests;
import org.entente.roe.profile.CloseProfile;
import org.entente.roe.profile.FlagProfileForReview;
import org.entente.roe.profile.KnownOperation;
import org.entente.roe.profile.OperationDirectory;
import org.entente.roe.profile.ProfileClosureCause;
import org.entente.roe.profile.RequestClosureCause;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * What membership changes mean for the rules of engagement. Runs after the platform's roster reaction to the same
 * event, so the roster already shows the change. The operations of a coalition are those of this service's
 * operations read model; an operation without a profile, or a nation without caveats, has nothing to cascade to. Each
 * command records nothing when nothing is left to do, so a replayed topic changes nothing either.
 * <ul>
 *   <li>a withdrawal or a suspension archives the nation's caveats and closes its requests awaiting authorisation;</li>
 *   <li>a mandate EXPANSION, or the mandate lapsing, flags every open profile of the coalition for review;</li>
 *   <li>a dissolution closes every profile and caveat record of the coalition.</li>
 * </ul>
 */
@Component
public class MembershipReaction extends TypedReaction<MembershipEventV1> {

    private final OperationDirectory operations;
    private final CoalitionRoster roster;
    private final StoredRecords records;

    public MembershipReaction(OperationDirectory operations, CoalitionRoster roster, StoredRecords records) {
        super(MembershipEventsV1.CATALOGUE);
        this.operations = operations;
        this.roster = roster;
        this.records = records;
    }

    @Override
    protected void react(MembershipEventV1 event, ReactionContext context) {
        if (event instanceof MemberWithdrawn withdrawn) {
            nationLeft(withdrawn.coalitionId(), withdrawn.nation(), CaveatEndCause.MEMBER_WITHDRAWN,
                    RequestClosureCause.MEMBER_WITHDRAWN, context);
        } else if (event instanceof MemberSuspended suspended) {
            nationLeft(suspended.coalitionId(), suspended.nation(), CaveatEndCause.MEMBER_SUSPENDED,
                    RequestClosureCause.MEMBER_SUSPENDED, context);
        } else if (event instanceof MandateAmended amended) {
            if ("EXPANSION".equals(amended.classification())) {
                profiles(amended.coalitionId()).stream().filter(operation -> !operation.closed())
                        .forEach(operation -> context.send(new FlagProfileForReview(operation.operationId(),
                                amended.amendmentId()), "the mandate was expanded; the ROE profile needs "
                                + "re-authorising"));
            }
        } else if (event instanceof MandateExpired lapsed) {
            // the lapse is named by its event: a later extension that lapses again is a new review
            profiles(lapsed.coalitionId()).stream().filter(operation -> !operation.closed())
                    .forEach(operation -> context.send(new FlagProfileForReview(operation.operationId(),
                            context.cause().id()), "the mandate lapsed on " + lapsed.expiresOn()
                            + "; the ROE profile needs re-authorising under a renewed mandate"));
        } else if (event instanceof CoalitionDissolved dissolved) {
            String coalitionId = dissolved.coalitionId();
            profiles(coalitionId).forEach(operation -> context.send(new CloseProfile(operation.operationId(),
                    ProfileClosureCause.COALITION_DISSOLVED), "the coalition was dissolved"));
            nationsEverIn(coalitionId).stream()
                    .map(nation -> NationalCaveats.recordId(coalitionId, nation))
                    .filter(records::exists)
                    .forEach(recordId -> context.send(new CloseCaveatRecord(recordId,
                            CaveatEndCause.COALITION_DISSOLVED), "the coalition was dissolved"));
        }
        // pledges, partners, milestones, domestic support: nothing to do with the rules of engagement
    }

    private void nationLeft(String coalitionId, String nation, CaveatEndCause caveatCause,
                            RequestClosureCause requestCause, ReactionContext context) {
        String recordId = NationalCaveats.recordId(coalitionId, nation);
        String why = nation + " is no longer an active member of the coalition";
        if (records.exists(recordId)) {
            context.send(new ArchiveCaveats(recordId, caveatCause), why);
        }
        profiles(coalitionId).forEach(operation -> context.send(
                new CloseMeasureRequests(operation.operationId(), nation, requestCause), why));
    }

    private List<KnownOperation> profiles(String coalitionId) {
        return operations.ofCoalition(coalitionId).stream()
                .filter(operation -> records.exists(operation.operationId())).toList();
    }

    /** Caveats are declared by active members only, so every record belongs to a nation the roster has seen. */
    private List<String> nationsEverIn(String coalitionId) {
        TreeSet<String> nations = new TreeSet<>();
        Arrays.stream(Standing.values()).forEach(standing -> nations.addAll(roster.nations(coalitionId, standing)));
        return List.copyOf(nations);
    }
}
