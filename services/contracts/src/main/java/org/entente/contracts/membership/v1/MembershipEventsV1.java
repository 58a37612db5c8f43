package org.entente.contracts.membership.v1;

import org.entente.contracts.ContractType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of membership events, version 1: type names and the records that carry their data. */
public final class MembershipEventsV1 {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/entente/membership";
    private static final String PREFIX = "entente.membership.";

    public static final List<ContractType> TYPES = List.of(
            type(CoalitionFormed.class), type(LeadNationChanged.class), type(MandateAmended.class),
            type(CoalitionDissolved.class),
            type(MemberAdmitted.class), type(MemberSuspended.class), type(MemberReinstated.class),
            type(MemberWithdrawn.class),
            type(PartnerAssociated.class), type(PartnerStatusChanged.class), type(PartnerAssociationEnded.class),
            type(PledgeMade.class), type(PledgeRevised.class), type(DeliveryRecorded.class),
            type(PledgeWithdrawn.class), type(PledgeEntryCorrected.class), type(DeliveryCorrected.class),
            type(MilestoneDefined.class), type(MilestoneAchieved.class), type(MilestoneSlipped.class),
            type(DomesticSupportAssessed.class));

    private static final Map<String, ContractType> BY_NAME =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(ContractType::name, Function.identity()));
    private static final Map<Class<?>, ContractType> BY_CLASS =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(ContractType::dataType, Function.identity()));

    private MembershipEventsV1() {
    }

    public static Optional<ContractType> byName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    public static ContractType of(Class<?> dataType) {
        ContractType type = BY_CLASS.get(dataType);
        if (type == null) {
            throw new IllegalArgumentException(dataType.getName() + " is not a membership v1 contract type");
        }
        return type;
    }

    private static ContractType type(Class<?> dataType) {
        return new ContractType(PREFIX + dataType.getSimpleName(), SCHEMA_VERSION, dataType);
    }
}
