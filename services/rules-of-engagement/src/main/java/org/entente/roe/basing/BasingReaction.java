package org.entente.roe.basing;

import org.entente.contracts.ContractType;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.basing.v1.BasingAgreementAdvanced;
import org.entente.contracts.basing.v1.BasingAgreementClosed;
import org.entente.contracts.basing.v1.BasingAgreementExpired;
import org.entente.contracts.basing.v1.BasingAgreementReinstated;
import org.entente.contracts.basing.v1.BasingAgreementRenewed;
import org.entente.contracts.basing.v1.BasingAgreementRequested;
import org.entente.contracts.basing.v1.BasingAgreementRestricted;
import org.entente.contracts.basing.v1.BasingAgreementRevoked;
import org.entente.contracts.basing.v1.BasingAgreementSuspended;
import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.platform.inbox.Reaction;
import org.entente.platform.inbox.ReactionContext;
import org.entente.roe.inbox.EventData;
import org.entente.roe.inbox.Releasable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps the base read model from the basing-logistics topic: every basing-agreement event carries the agreement's full
 * current view, so each is simply upserted and an engagement check from a base sees it restricted, suspended or
 * revoked as soon as that is published. Events are read as the contract records of {@link BasingLogisticsEventsV1}.
 * Clearances, routes and sustainment do not concern the rules of engagement.
 */
@Component
public class BasingReaction implements Reaction {

    /** The agreement's view as each agreement event of the contract carries it. */
    private static final Map<Class<?>, Function<Object, AgreementView>> AGREEMENT_EVENTS = Map.ofEntries(
            view(BasingAgreementRequested.class, e -> new AgreementView(e.agreementId(), e.coalitionId(),
                    e.hostNation(), e.site(), e.status(), e.permittedActivities(), e.validUntil(), e.validFrom())),
            view(BasingAgreementAdvanced.class, e -> new AgreementView(e.agreementId(), e.coalitionId(),
                    e.hostNation(), e.site(), e.status(), e.permittedActivities(), e.validUntil(), e.validFrom())),
            view(BasingAgreementRestricted.class, e -> new AgreementView(e.agreementId(), e.coalitionId(),
                    e.hostNation(), e.site(), e.status(), e.permittedActivities(), e.validUntil(), e.validFrom())),
            view(BasingAgreementSuspended.class, e -> new AgreementView(e.agreementId(), e.coalitionId(),
                    e.hostNation(), e.site(), e.status(), e.permittedActivities(), e.validUntil(), e.validFrom())),
            view(BasingAgreementReinstated.class, e -> new AgreementView(e.agreementId(), e.coalitionId(),
                    e.hostNation(), e.site(), e.status(), e.permittedActivities(), e.validUntil(), e.validFrom())),
            view(BasingAgreementRenewed.class, e -> new AgreementView(e.agreementId(), e.coalitionId(),
                    e.hostNation(), e.site(), e.status(), e.permittedActivities(), e.validUntil(), e.validFrom())),
            view(BasingAgreementExpired.class, e -> new AgreementView(e.agreementId(), e.coalitionId(),
                    e.hostNation(), e.site(), e.status(), e.permittedActivities(), e.validUntil(), e.validFrom())),
            view(BasingAgreementRevoked.class, e -> new AgreementView(e.agreementId(), e.coalitionId(),
                    e.hostNation(), e.site(), e.status(), e.permittedActivities(), e.validUntil(), e.validFrom())),
            view(BasingAgreementClosed.class, e -> new AgreementView(e.agreementId(), e.coalitionId(),
                    e.hostNation(), e.site(), e.status(), e.permittedActivities(), e.validUntil(), e.validFrom())));

    private final Bases bases;

    public BasingReaction(Bases bases) {
        this.bases = bases;
    }

    @Override
    public String topic() {
        return Topics.BASING_LOGISTICS_V1;
    }

    @Override
    public void react(EventEnvelope event, ReactionContext context) {
        Optional<ContractType> type = BasingLogisticsEventsV1.byName(event.type());
        Function<Object, AgreementView> view = type.map(t -> AGREEMENT_EVENTS.get(t.dataType())).orElse(null);
        if (view == null) {
            return;
        }
        AgreementView agreement = view.apply(EventData.decode(event, type.get(), type.get().dataType()));
        // kept with the view, so that a reader is shown only what the publishing service released to them
        bases.upsert(event.id(), Releasable.of(event), new BaseAgreement(
                EventData.required(event, agreement.agreementId(), "agreementId"),
                EventData.required(event, agreement.coalitionId(), "coalitionId"), agreement.hostNation(),
                agreement.site(), EventData.required(event, agreement.status(), "status"),
                agreement.permittedActivities(), agreement.validUntil(), agreement.validFrom(), type.get().dataType().getSimpleName()));
    }

    private record AgreementView(String agreementId, String coalitionId, String hostNation, String site,
                                 String status, List<String> permittedActivities, Instant validUntil,
                                 Instant validFrom) {
    }

    private static <T> Map.Entry<Class<?>, Function<Object, AgreementView>> view(Class<T> type,
                                                                                Function<T, AgreementView> view) {
        return Map.entry(type, data -> view.apply(type.cast(data)));
    }
}
