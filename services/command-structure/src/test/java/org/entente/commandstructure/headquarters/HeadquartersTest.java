package org.entente.commandstructure.headquarters;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.commandstructure.operation.Operation;
import org.entente.platform.domain.UnknownEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import static org.entente.commandstructure.OperationFixtures.AIR;
import static org.entente.commandstructure.OperationFixtures.AIR_GROUP;
import static org.entente.commandstructure.OperationFixtures.COALITION;
import static org.entente.commandstructure.OperationFixtures.OPERATION;
import static org.entente.commandstructure.OperationFixtures.OPERATIONAL;
import static org.entente.commandstructure.OperationFixtures.STRATEGIC;
import static org.entente.commandstructure.OperationFixtures.council;
import static org.entente.commandstructure.OperationFixtures.established;
import static org.entente.commandstructure.OperationFixtures.operationFixture;
import static org.entente.commandstructure.OperationFixtures.withTree;
import static org.entente.testing.AggregateFixtures.violates;

/** The command tree is a strict hierarchy: one strategic headquarters at the top, each level below its parent's. */
class HeadquartersTest {

    private AggregateTestFixture<Operation> fixture;

    @BeforeEach
    void setUp() {
        fixture = operationFixture();
    }

    private static EstablishHeadquarters establish(String nodeId, Level level, Component component, String parent) {
        return new EstablishHeadquarters(OPERATION, nodeId, "HQ " + nodeId, level, component, "FRA", parent);
    }

    private static HeadquartersEstablished hqEstablished(String nodeId, Level level, Component component,
                                                       String parent) {
        return new HeadquartersEstablished(OPERATION, COALITION, nodeId, "HQ " + nodeId, level, component, "FRA",
                parent);
    }

    @Test
    void theTreeGrowsFromTheStrategicHeadquartersDown() {
        fixture.given(established())
                .when(establish("s", Level.STRATEGIC, null, null), council())
                .expectEvents(hqEstablished("s", Level.STRATEGIC, null, null));
        fixture.given(withTree())
                .when(establish("land", Level.COMPONENT, Component.LAND, OPERATIONAL), council())
                .expectEvents(hqEstablished("land", Level.COMPONENT, Component.LAND, OPERATIONAL));
        fixture.given(withTree())
                .when(establish("sof", Level.COMPONENT, Component.SPECIAL_OPERATIONS, STRATEGIC), council())
                .expectEvents(hqEstablished("sof", Level.COMPONENT, Component.SPECIAL_OPERATIONS, STRATEGIC));
    }

    @Test
    void theStrategicHeadquartersHasNoParentAndEveryOtherHasOne() {
        fixture.given(established())
                .when(establish("s", Level.STRATEGIC, null, "somewhere"), council())
                .expectException(violates("the-strategic-headquarters-is-the-top"))
                .expectNoEvents();
        fixture.given(withTree())
                .when(establish("o", Level.OPERATIONAL, null, null), council())
                .expectException(violates("the-strategic-headquarters-is-the-top"))
                .expectNoEvents();
    }

    @Test
    void anOperationHasOneStrategicHeadquarters() {
        fixture.given(withTree())
                .when(establish("s2", Level.STRATEGIC, null, null), council())
                .expectException(violates("one-strategic-headquarters-per-operation"))
                .expectNoEvents();
    }

    @Test
    void aHeadquartersSitsBelowItsParentsLevel() {
        fixture.given(withTree())
                .when(establish("o2", Level.OPERATIONAL, null, OPERATIONAL), council())
                .expectException(violates("a-headquarters-sits-below-its-parent"))
                .expectNoEvents();
        fixture.given(withTree())
                .when(establish("c", Level.COMPONENT, Component.LAND, AIR_GROUP), council())
                .expectException(violates("a-headquarters-sits-below-its-parent"));
        fixture.given(withTree())
                .when(establish("t", Level.TACTICAL, null, AIR_GROUP), council())
                .expectException(violates("a-headquarters-sits-below-its-parent"));
    }

    @Test
    void theParentMustBeAHeadquartersOfTheOperation() {
        fixture.given(withTree())
                .when(establish("t", Level.TACTICAL, null, "hq-unknown"), council())
                .expectException(UnknownEntity.class)
                .expectNoEvents();
    }

    @Test
    void onlyActiveMembersCommandHeadquarters() {
        for (String nation : new String[]{"ITA", "DEU", "MLT"}) {
            fixture.given(withTree())
                    .when(new EstablishHeadquarters(OPERATION, "t", "TG", Level.TACTICAL, null, nation, AIR), council())
                    .expectException(violates("headquarters-are-commanded-by-active-members"))
                    .expectNoEvents();
        }
    }
}
