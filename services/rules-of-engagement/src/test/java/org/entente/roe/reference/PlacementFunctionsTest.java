package org.entente.roe.reference;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The table between command-structure's placement functions and this service's base activities and series. */
class PlacementFunctionsTest {

    /** Command-structure's function pattern (ForceController.FUNCTION). */
    private static final String COMMAND_STRUCTURE_FUNCTION = "[A-Z][A-Z0-9_]{0,39}";

    private static Measure measure(String code) {
        return Compendium.measure(code).orElseThrow();
    }

    @Test
    void everyFunctionInTheTableIsOneCommandStructureAccepts() {
        assertThat(PlacementFunctions.ACTIVITIES.keySet()).allSatisfy(function ->
                assertThat(function).matches(COMMAND_STRUCTURE_FUNCTION));
        assertThat(PlacementFunctions.ACTIVITIES.values()).allSatisfy(activities ->
                assertThat(activities).isNotEmpty());
        assertThat(PlacementFunctions.ACTIVITIES).as("command-structure's mission tasking kinds")
                .containsKeys("SURVEILLANCE", "PATROL", "INTERDICTION", "STRIKE");
    }

    @Test
    void aFunctionCoversTheActivitiesTheTableGivesItItsOwnActivityAndASeriesItNames() {
        assertThat(PlacementFunctions.activities("SURVEILLANCE")).containsExactly(BaseActivity.ISR);
        assertThat(PlacementFunctions.activities("ARMS_EMBARGO")).containsExactly(BaseActivity.MARITIME_PATROL);
        assertThat(PlacementFunctions.activities("ISR")).as("an activity named as such")
                .containsExactly(BaseActivity.ISR);
        assertThat(PlacementFunctions.activities("CEREMONIAL")).isEmpty();

        assertThat(PlacementFunctions.cover(List.of("SURVEILLANCE"), measure("18A"))).isTrue();
        assertThat(PlacementFunctions.cover(List.of("RECONNAISSANCE"), measure("18B"))).isTrue();
        assertThat(PlacementFunctions.cover(List.of("INTERDICTION"), measure("17C"))).isTrue();
        assertThat(PlacementFunctions.cover(List.of("STRIKE"), measure("19A"))).isTrue();
        assertThat(PlacementFunctions.cover(List.of("TARGETING"), measure("19D"))).as("a series named").isTrue();
        assertThat(PlacementFunctions.cover(List.of("SURVEILLANCE"), measure("19A"))).isFalse();
        assertThat(PlacementFunctions.cover(List.of("PATROL", "CEREMONIAL"), measure("16B"))).isFalse();
        assertThat(PlacementFunctions.cover(List.of("CEREMONIAL"), measure("18A"))).isFalse();
    }

    @Test
    void anUnscopedPlacementAndAMeasureWithoutActivityAreNotLimitedByFunction() {
        assertThat(PlacementFunctions.cover(List.of(), measure("19A"))).isTrue();
        assertThat(PlacementFunctions.cover(List.of("SURVEILLANCE"), measure("13A"))).isTrue();
    }
}
