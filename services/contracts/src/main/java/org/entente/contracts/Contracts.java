package org.entente.contracts;

import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.contracts.commandstructure.v1.CommandStructureEventsV1;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.contracts.roe.v1.RulesOfEngagementEventsV1;

import java.util.List;
import java.util.Optional;

/** Every public contract, each with the topic it is published on. */
public final class Contracts {

    public static final List<ContractCatalogue<?>> ALL = List.of(MembershipEventsV1.CATALOGUE,
            CommandStructureEventsV1.CATALOGUE, BasingLogisticsEventsV1.CATALOGUE, RulesOfEngagementEventsV1.CATALOGUE);

    private Contracts() {
    }

    /** The contract of a public topic; empty for another topic (a dead-letter topic, a test's). */
    public static Optional<ContractCatalogue<?>> forTopic(String topic) {
        return ALL.stream().filter(catalogue -> catalogue.topic().equals(topic)).findFirst();
    }
}
