package org.entente.contracts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public Kafka topics. A topic carries one service's public events; its name ends with the major version of the
 * contract, so an incompatible change is a new topic that both versions can be published to during a migration.
 */
public final class Topics {

    /** Every membership event: coalitions, members, partners, pledges, mandate, exit milestones, domestic support. */
    public static final String MEMBERSHIP_V1 = "entente.membership.v1";

    /** Every command-structure event: operations, command trees, transfers of authority, taskings. */
    public static final String COMMAND_STRUCTURE_V1 = "entente.command-structure.v1";

    /** Every basing and logistics event: basing agreements, clearances, supply routes, sustainment. */
    public static final String BASING_LOGISTICS_V1 = "entente.basing-logistics.v1";

    /** Every rules-of-engagement event: ROE profiles, measures, national caveats. */
    public static final String RULES_OF_ENGAGEMENT_V1 = "entente.rules-of-engagement.v1";

    private static final Pattern PUBLIC_TOPIC = Pattern.compile(
            "entente\\.([a-z0-9-]+)\\.v[0-9]+");

    /**
     * The source (an envelope's {@code source}) of the one service that may publish on {@code topic}: the service named
     * in it, e.g. {@code /entente/membership} for {@code entente.membership.v1}. Empty for a topic that is not a
     * service's public topic (a dead-letter topic).
     */
    public static Optional<String> owner(String topic) {
        Matcher name = PUBLIC_TOPIC.matcher(topic == null ? "" : topic);
        return name.matches() && !name.group(1).equals("dead-letter")
                ? Optional.of("/entente/" + name.group(1)) : Optional.empty();
    }

    /** Where a service's inbox puts events it cannot process, with the reason in the record headers. */
    public static String deadLetter(String service) {
        return "entente.dead-letter." + service;
    }

    private Topics() {
    }
}
