package org.entente.contracts;

/**
 * Public Kafka topics. A topic carries one service's public events; its name ends with the major version of the
 * contract, so an incompatible change is a new topic that both versions can be published to during a migration.
 */
public final class Topics {

    /** Every membership event: coalitions, members, partners, pledges, mandate, exit milestones, domestic support. */
    public static final String MEMBERSHIP_V1 = "entente.membership.v1";

    private Topics() {
    }
}
