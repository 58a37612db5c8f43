package org.entente.commandstructure.authority;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The degrees of authority as the service reads them. */
class AuthorityTableTest {

    private final AuthorityTable table = AuthorityTable.STANDARD;

    @Test
    void opcomPermitsEverythingIncludingReassignmentAndSeparateEmployment() {
        assertThat(table.asMap().get(Degree.OPCOM)).containsExactlyInAnyOrder(TaskingKind.values());
    }

    @Test
    void opconDirectsMissionsButNeitherReassignsNorSplitsAUnit() {
        assertThat(table.permits(Degree.OPCON, TaskingKind.STRIKE)).isTrue();
        assertThat(table.permits(Degree.OPCON, TaskingKind.REDEPLOY)).isTrue();
        assertThat(table.permits(Degree.OPCON, TaskingKind.EMPLOY_COMPONENTS_SEPARATELY)).isFalse();
        assertThat(table.permits(Degree.OPCON, TaskingKind.REASSIGN_FORCE)).isFalse();
    }

    @Test
    void tacomTasksWithinTheMissionGivenAndTaconOnlyDirectsMovement() {
        assertThat(table.asMap().get(Degree.TACOM))
                .containsExactlyInAnyOrder(TaskingKind.TASK_WITHIN_MISSION, TaskingKind.DIRECT_MOVEMENT);
        assertThat(table.asMap().get(Degree.TACON)).containsExactly(TaskingKind.DIRECT_MOVEMENT);
        assertThat(table.degreesPermitting(TaskingKind.PATROL)).containsExactly(Degree.OPCOM, Degree.OPCON);
    }

    @Test
    void eachDegreeIsWeakerOrEqualToTheOneAboveIt() {
        Degree[] degrees = Degree.values();
        for (int i = 1; i < degrees.length; i++) {
            assertThat(table.asMap().get(degrees[i - 1])).containsAll(table.asMap().get(degrees[i]));
        }
    }

    @Test
    void aNationalVariantMustSayWhatEveryDegreePermits() {
        Map<Degree, Set<TaskingKind>> incomplete = Map.of(Degree.OPCOM, EnumSet.allOf(TaskingKind.class));
        assertThatThrownBy(() -> new AuthorityTable(incomplete)).isInstanceOf(IllegalArgumentException.class);
    }
}
