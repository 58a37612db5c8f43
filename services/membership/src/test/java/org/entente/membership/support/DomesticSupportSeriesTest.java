package org.entente.membership.support;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.membership.CoalitionFixtures;
import org.entente.platform.domain.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.math.BigDecimal;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

import static org.entente.testing.AggregateFixtures.violates;

/** A nation's domestic-support series: created by its first assessment, bound to that assessment's exercise. */
class DomesticSupportSeriesTest {

    private static final String COALITION = "coalition-1";
    private static final String NATION = "DEU";
    private static final String SERIES = RecordDomesticSupport.seriesId(COALITION, NATION);

    private AggregateTestFixture<DomesticSupportSeries> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateFixtures.of(DomesticSupportSeries.class, "membership");
    }

    @Test
    void onlyTheNationsOwnPlannerRecordsItsDomesticSupport() {
        fixture.given().when(record("61.5"), CoalitionFixtures.plannerOf("FRA"))
                .expectNoEvents()
                .expectException(NotPermitted.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("by DEU itself"));
        fixture.given().when(record("61.5"), CoalitionFixtures.plannerOf(NATION))
                .expectEvents(assessed("61.5"));
    }

    private static RecordDomesticSupport record(String percent) {
        return new RecordDomesticSupport(SERIES, COALITION, NATION, new BigDecimal(percent), "national poll");
    }

    private static DomesticSupportAssessed assessed(String percent) {
        return new DomesticSupportAssessed(COALITION, NATION, new BigDecimal(percent), "national poll");
    }

    private static MetaData exercise(String exerciseId) {
        return MetaData.with(DecisionMetadata.EXERCISE_ID, exerciseId);
    }

    @Test
    void theFirstAssessmentStartsTheSeries() {
        fixture.givenNoPriorActivity()
                .when(record("62.5"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(assessed("62.5"));
    }

    @Test
    void furtherAssessmentsExtendTheSeries() {
        fixture.given(assessed("62.5"), assessed("58"))
                .when(record("51"))
                .expectEvents(assessed("51"));
    }

    @Test
    void anExerciseAssessmentCarriesItsExercise() {
        fixture.givenNoPriorActivity()
                .when(record("40"), exercise("exercise-x"))
                .expectEventsMatching(exactSequenceOf(
                        predicate((EventMessage<?> message) -> assessed("40").equals(message.getPayload())
                                && "exercise-x".equals(message.getMetaData().get(DecisionMetadata.EXERCISE_ID))),
                        andNoMore()));
    }

    @Test
    void anExerciseSeriesAcceptsAssessmentsOfItsExercise() {
        fixture.given(GenericEventMessage.asEventMessage(assessed("40")).withMetaData(exercise("exercise-x")))
                .when(record("35"), exercise("exercise-x"))
                .expectEvents(assessed("35"));
    }

    @Test
    void anExerciseSeriesRejectsRealWorldAssessments() {
        fixture.given(GenericEventMessage.asEventMessage(assessed("40")).withMetaData(exercise("exercise-x")))
                .when(record("35"))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
    }

    @Test
    void anExerciseSeriesRejectsAssessmentsOfAnotherExercise() {
        fixture.given(GenericEventMessage.asEventMessage(assessed("40")).withMetaData(exercise("exercise-x")))
                .when(record("35"), exercise("exercise-y"))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
    }

    @Test
    void aRealWorldSeriesRejectsExerciseAssessments() {
        fixture.given(assessed("40"))
                .when(record("35"), exercise("exercise-x"))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
    }

    @Test
    void theSeriesBelongsToTheExerciseOfItsFirstAssessment() {
        // end to end through the fixture's command bus: the exercise travels from command to event metadata
        fixture.givenCommands(GenericCommandMessage.asCommandMessage(record("40")).withMetaData(exercise("exercise-x")))
                .when(record("35"))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
    }
}
