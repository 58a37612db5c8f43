package org.entente.membership.coalition;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.membership.member.MemberAdmitted;
import org.entente.platform.deadline.Deadlines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.entente.membership.CoalitionFixtures.coalitionFixture;

/**
 * A mandate lapses by itself at the end of its expiry day: a deadline scheduled when the date is set, fired into a
 * MandateExpired unless the date no longer holds.
 */
class MandateExpiryTest {

    private static final String COALITION = "coalition-1";
    private static final LocalDate EXPIRY = LocalDate.of(2031, 6, 27);
    private static final Instant LAPSES = Instant.parse("2031-06-28T00:00:00Z");
    private static final LegalBasis RESOLUTION = new LegalBasis(LegalBasisType.UN_SECURITY_COUNCIL_RESOLUTION,
            "S/RES/1973 (2011)", null, LocalDate.of(2011, 3, 17));
    private static final Mandate MANDATE = new Mandate(List.of("protect civilians"), "Libya", EXPIRY);

    private AggregateTestFixture<Coalition> fixture;

    @BeforeEach
    void setUp() {
        fixture = coalitionFixture();
    }

    private static CoalitionFormed formed(Mandate mandate) {
        return new CoalitionFormed(COALITION, "Unified Protector", CoalitionKind.AD_HOC,
                CoalitionPurpose.PEACE_ENFORCEMENT, RESOLUTION, "FRA", mandate, null);
    }

    private static FormCoalition form(Mandate mandate) {
        return new FormCoalition(COALITION, "Unified Protector", CoalitionKind.AD_HOC,
                CoalitionPurpose.PEACE_ENFORCEMENT, RESOLUTION, "FRA", mandate, List.of());
    }

    @Test
    void formingACoalitionSchedulesItsMandateToLapseAtTheEndOfItsExpiryDay() {
        fixture.givenNoPriorActivity()
                .when(form(MANDATE))
                .expectScheduledDeadline(LAPSES, new MandateExpiry(COALITION, EXPIRY));
    }

    @Test
    void anOpenEndedMandateSchedulesNothing() {
        fixture.givenNoPriorActivity()
                .when(form(new Mandate(List.of("protect civilians"), "Libya", null)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theMandateLapsesWhenItsDayEndsAndNotBefore() {
        fixture.givenCommands(form(MANDATE))
                .whenTimeAdvancesTo(LAPSES.minusSeconds(1))
                .expectNoEvents();
        coalitionFixture().givenCommands(form(MANDATE))
                .whenTimeAdvancesTo(LAPSES)
                .expectDeadlinesMet(new MandateExpiry(COALITION, EXPIRY))
                .expectEvents(new MandateExpired(COALITION, EXPIRY))
                .expectState(coalition -> org.assertj.core.api.Assertions.assertThat(coalition)
                        .hasFieldOrPropertyWithValue("mandateLapsed", true));
    }

    @Test
    void anExtensionReplacesTheExpiry() {
        LocalDate later = EXPIRY.plusMonths(3);
        Mandate extended = new Mandate(MANDATE.objectives(), MANDATE.area(), later);
        fixture.givenCommands(form(MANDATE), new AmendMandate(COALITION, "amendment-1", AmendmentClass.EXTENSION,
                        extended, null))
                .whenTimeAdvancesTo(Deadlines.endOf(later))
                .expectDeadlinesMet(new MandateExpiry(COALITION, EXPIRY), new MandateExpiry(COALITION, later))
                .expectEvents(new MandateExpired(COALITION, later));
    }

    @Test
    void aLapseRecordedAlreadyOrADissolvedCoalitionRecordsNothing() {
        fixture.givenCommands(form(MANDATE))
                .andGiven(new MandateExpired(COALITION, EXPIRY))
                .whenTimeAdvancesTo(LAPSES)
                .expectDeadlinesMet(new MandateExpiry(COALITION, EXPIRY))
                .expectNoEvents();
        coalitionFixture().givenCommands(form(MANDATE), new DissolveCoalition(COALITION))
                .whenTimeAdvancesTo(LAPSES)
                .expectNoEvents();
    }
}
