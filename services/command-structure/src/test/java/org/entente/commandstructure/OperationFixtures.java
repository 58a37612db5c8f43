package org.entente.commandstructure;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForcePlacedUnderAuthority;
import org.entente.commandstructure.headquarters.Component;
import org.entente.commandstructure.headquarters.HeadquartersEstablished;
import org.entente.commandstructure.headquarters.Level;
import org.entente.commandstructure.operation.LeadNationDesignated;
import org.entente.commandstructure.operation.Operation;
import org.entente.commandstructure.operation.OperationEstablished;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.Roles;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.testing.AggregateFixtures;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the aggregate tests share: an operation of a coalition led by GBR with FRA and NOR as active members, ITA
 * suspended and DEU withdrawn; a small command tree (strategic, operational, maritime and air components, a tactical
 * group under the air component); and a matcher for a rule by its name.
 */
public final class OperationFixtures {

    public static final String OPERATION = "operation-1";
    public static final String COALITION = "coalition-1";
    public static final String STRATEGIC = "hq-strategic";
    public static final String OPERATIONAL = "hq-operational";
    public static final String MARITIME = "hq-maritime";
    public static final String AIR = "hq-air";
    public static final String AIR_GROUP = "hq-air-group";

    private OperationFixtures() {
    }

    public static FixedCoalitionRoster roster() {
        return new FixedCoalitionRoster().coalition(COALITION, null)
                .member(COALITION, "GBR", Standing.ACTIVE_MEMBER)
                .member(COALITION, "FRA", Standing.ACTIVE_MEMBER)
                .member(COALITION, "NOR", Standing.ACTIVE_MEMBER)
                .member(COALITION, "ITA", Standing.SUSPENDED_MEMBER)
                .member(COALITION, "DEU", Standing.WITHDRAWN_MEMBER)
                .partner(COALITION, "MLT", "HOST_NATION");
    }

    /**
     * A fixture for {@link Operation} with {@link #roster()}. Its entities do not implement equals(), so the fixture's
     * check that the aggregate rebuilt from events equals the working one is limited to the root's other fields.
     */
    public static AggregateTestFixture<Operation> operationFixture() {
        return operationFixture(roster());
    }

    public static AggregateTestFixture<Operation> operationFixture(FixedCoalitionRoster roster) {
        AggregateTestFixture<Operation> fixture = AggregateFixtures.of(Operation.class, "command-structure");
        fixture.registerInjectableResource(roster);
        return fixture;
    }

    public static OperationEstablished established() {
        return new OperationEstablished(OPERATION, COALITION, "Unified Protector");
    }

    /** The operation led by GBR with its command tree. */
    public static Object[] withTree() {
        // the operation as established in March 2011, so that decisions dated then concern an operation that existed
        return new Object[]{withMetaData(established(), MetaData.with(DecisionMetadata.EFFECTIVE_TIME,
                "2011-03-19T00:00:00Z")), new LeadNationDesignated(OPERATION, COALITION, "GBR", null),
                hq(STRATEGIC, Level.STRATEGIC, null, "USA", null),
                hq(OPERATIONAL, Level.OPERATIONAL, null, "GBR", STRATEGIC),
                hq(MARITIME, Level.COMPONENT, Component.MARITIME, "FRA", OPERATIONAL),
                hq(AIR, Level.COMPONENT, Component.AIR, "GBR", OPERATIONAL),
                hq(AIR_GROUP, Level.TACTICAL, null, "NOR", AIR)};
    }

    public static HeadquartersEstablished hq(String nodeId, Level level, Component component, String commander,
                                             String parent) {
        return new HeadquartersEstablished(OPERATION, COALITION, nodeId, nodeId + " headquarters", level, component,
                commander, parent);
    }

    public static ForcePlacedUnderAuthority placed(String forceId, String nation, String nodeId, Degree degree,
                                                   List<String> functions, String area, Instant from, Instant until) {
        return new ForcePlacedUnderAuthority(OPERATION, COALITION, forceId, nation, "FRIGATE", 1, nodeId, degree,
                functions, area, from, until);
    }

    public static ForcePlacedUnderAuthority placed(String forceId, String nation, String nodeId, Degree degree) {
        return placed(forceId, nation, nodeId, degree, List.of(), null, null, null);
    }

    /** Decision metadata of an actor acting for {@code nation}. */
    public static MetaData actingFor(String nation) {
        return MetaData.with(DecisionMetadata.ACTOR_NATION, nation).and(DecisionMetadata.ACTOR, "officer." + nation);
    }

    public static MetaData actor(String actor, String nation) {
        return MetaData.with(DecisionMetadata.ACTOR_NATION, nation).and(DecisionMetadata.ACTOR, actor);
    }

    /** A red-card holder {@code actor} of {@code nation}. */
    public static MetaData redCardHolder(String actor, String nation) {
        return actor(actor, nation).and(DecisionMetadata.ACTOR_ROLES, Roles.RED_CARD_HOLDER);
    }

    /** A commander of {@code nation} serving the fixtures' coalition. */
    public static MetaData commanderOf(String nation) {
        return actor("commander." + nation, nation).and(DecisionMetadata.ACTOR_ROLES, Roles.COMMANDER)
                .and(DecisionMetadata.ACTOR_COALITIONS, COALITION);
    }

    /** A commander of the nation commanding {@code nodeId} in {@link #withTree()}, who gives its orders. */
    public static MetaData commanding(String nodeId) {
        return commanderOf(switch (nodeId) {
            case STRATEGIC -> "USA";
            case OPERATIONAL, AIR -> "GBR";
            case MARITIME -> "FRA";
            case AIR_GROUP -> "NOR";
            default -> "GBR";
        });
    }

    /** A council member (of GBR) whose council role covers {@code coalitionIds}. */
    public static MetaData councilOf(String... coalitionIds) {
        return actor("council.member", "GBR").and(DecisionMetadata.ACTOR_ROLES, Roles.COALITION_AUTHORITY)
                .and(DecisionMetadata.ACTOR_COALITIONS, String.join(",", coalitionIds));
    }

    /** The council of the fixtures' coalition. */
    public static MetaData council() {
        return councilOf(COALITION);
    }

    /** This service reacting to another's event, as the inbox sends it. */
    public static MetaData reaction() {
        return MetaData.with(DecisionMetadata.ACTOR, "service:command-structure")
                .and(DecisionMetadata.ACTOR_ROLES, Roles.SYSTEM);
    }

    /** {@code metaData} with {@code more} added. */
    public static MetaData and(MetaData metaData, MetaData more) {
        return metaData.mergedWith(more);
    }

    public static MetaData effective(MetaData metaData, Instant at) {
        Map<String, Object> values = new HashMap<>(metaData);
        values.put(DecisionMetadata.EFFECTIVE_TIME, at.toString());
        return MetaData.from(values);
    }

    public static MetaData exercise(String exerciseId) {
        return MetaData.with(DecisionMetadata.EXERCISE_ID, exerciseId);
    }

    /** An event as stored with metadata, for given(...). */
    public static Object withMetaData(Object event, MetaData metaData) {
        return GenericEventMessage.asEventMessage(event).withMetaData(metaData);
    }

}
