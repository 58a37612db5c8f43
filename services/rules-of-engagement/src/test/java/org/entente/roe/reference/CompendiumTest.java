package org.entente.roe.reference;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The compendium is consistent reference data: codes by series, prohibitions narrowing permissions only. */
class CompendiumTest {

    @Test
    void everySeriesHasMeasuresAndEveryCodeIsItsSeriesNumberAndALetter() {
        assertThat(Arrays.stream(MeasureSeries.values())).allSatisfy(series ->
                assertThat(Compendium.series(series)).isNotEmpty()
                        .allSatisfy(m -> assertThat(m.code()).matches(series.number() + "[A-Z]")));
        assertThat(Compendium.all()).extracting(Measure::code).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void prohibitionsNarrowPermissionsOfTheCompendiumAndPermissionsNarrowNothing() {
        assertThat(Compendium.all()).allSatisfy(measure -> {
            if (measure.isProhibition()) {
                assertThat(measure.narrows()).isNotEmpty().allSatisfy(code ->
                        assertThat(Compendium.measure(code)).hasValueSatisfying(broader ->
                                assertThat(broader.isProhibition()).isFalse()));
            } else {
                assertThat(measure.narrows()).isEmpty();
            }
        });
        assertThat(Compendium.narrowing("19A")).extracting(Measure::code).containsExactly("19C");
        assertThat(Compendium.narrowing("13A")).extracting(Measure::code).containsExactly("13B");
    }

    @Test
    void parametersAreCheckedByTheirKind() {
        assertThat(ParameterKind.DISTANCE_METRES.accepts("5000")).isTrue();
        assertThat(ParameterKind.DISTANCE_METRES.accepts("five")).isFalse();
        assertThat(ParameterKind.DISTANCE_METRES.accepts("0")).isFalse();
        assertThat(ParameterKind.HOURS.accepts("96")).isTrue();
        assertThat(ParameterKind.ZONE.accepts("Misrata port")).isTrue();
        assertThat(ParameterKind.ZONE.accepts(" ")).isFalse();
        assertThat(Compendium.measure("16A")).hasValueSatisfying(m -> {
            assertThat(m.takesZone()).isTrue();
            assertThat(m.activity()).isEqualTo(BaseActivity.AIR_DEFENCE);
            assertThat(m.parameter().required()).isTrue();
        });
    }

    @Test
    void strongerDegreesReachWhatWeakerOnesDo() {
        assertThat(Degree.OPCOM.reaches(Degree.TACON)).isTrue();
        assertThat(Degree.OPCON.reaches(Degree.OPCON)).isTrue();
        assertThat(Degree.TACON.reaches(Degree.TACOM)).isFalse();
        assertThat(Degree.named("TACOM")).contains(Degree.TACOM);
        assertThat(Degree.named("FULLCOM")).isEmpty();
        assertThat(CaveatCategories.named("GEOGRAPHIC")).isPresent();
        assertThat(CaveatCategories.named("WEATHER")).isEmpty();
    }
}
