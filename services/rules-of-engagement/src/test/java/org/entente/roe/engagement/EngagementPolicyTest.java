package org.entente.roe.engagement;

import org.entente.platform.roster.Standing;
import org.entente.roe.basing.BaseAgreement;
import org.entente.roe.caveat.CaveatStatus;
import org.entente.roe.inbox.UnprocessedEvent;
import org.entente.roe.operation.ForcePlacement;
import org.entente.roe.operation.ForceStanding;
import org.entente.roe.profile.KnownOperation;
import org.entente.roe.profile.MeasureStatus;
import org.entente.roe.profile.ProfileStatus;
import org.entente.roe.reference.BaseActivity;
import org.entente.roe.reference.Compendium;
import org.entente.roe.reference.Degree;
import org.entente.roe.reference.Measure;
import org.entente.roe.reference.MeasureSeries;
import org.entente.roe.view.CaveatState;
import org.entente.roe.view.MeasureState;
import org.entente.roe.view.ProfileState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.roe.engagement.ReasonCode.*;

/** The engagement check as a pure function of its facts: every reason, each on its own and all together. */
class EngagementPolicyTest {

    private static final String OPERATION = "op-1";
    private static final String COALITION = "coalition-1";
    private static final String FORCE = "nor-f16";
    private static final Instant NOW = Instant.parse("2011-04-10T12:00:00Z");

    private final KnownOperation operation = new KnownOperation(OPERATION, COALITION, "Unified Protector", false);
    private final List<MeasureState> measures = new ArrayList<>();
    private final List<CaveatState> caveats = new ArrayList<>();
    private ProfileStatus profileStatus = ProfileStatus.OPEN;
    private List<String> underReview = List.of();
    private boolean profileEstablished = true;
    private ForcePlacement force = placed("OPCON", List.of(), null, null, null);
    private Standing standing = Standing.ACTIVE_MEMBER;
    private BaseAgreement base = base("IN_FORCE", List.of("STRIKE", "ISR", "AIR_DEFENCE"), null);
    private KnownOperation op = operation;
    private final List<UnprocessedEvent> unprocessed = new ArrayList<>();

    private static ForcePlacement placed(String degree, List<String> functions, String area, Instant from,
                                         Instant until) {
        return new ForcePlacement(OPERATION, COALITION, FORCE, "NOR", "FIGHTER_SQUADRON", 6, "cfacc", degree,
                functions, area, from, until, ForceStanding.UNDER_COALITION_AUTHORITY, null);
    }

    private static BaseAgreement base(String status, List<String> activities, Instant validUntil) {
        return new BaseAgreement("souda", COALITION, "GRC", "Souda Bay", status, activities, validUntil, null,
                "BasingAgreementAdvanced");
    }

    private void measure(String requestId, String code, String parameter, MeasureStatus status) {
        Measure m = Compendium.measure(code).orElseThrow();
        measures.add(new MeasureState(requestId, code, m.series(), m.effect(), m.title(), m.activity(), m.narrows(),
                parameter, "GBR", null, status, null, null, null, null, null));
    }

    private void caveat(String caveatId, String forceId, List<String> codes, List<MeasureSeries> series,
                        List<BaseActivity> activities, List<String> areas, List<Degree> degrees, Instant from,
                        Instant until, CaveatStatus status) {
        caveats.add(new CaveatState(caveatId, "NOR", "OTHER", forceId, codes, series, activities, areas, degrees,
                from, until, null, status, null, null, null));
    }

    private EngagementAnswer check(String code, String baseId, String area) {
        ProfileState profile = profileEstablished ? new ProfileState(OPERATION, COALITION, null, profileStatus,
                profileStatus == ProfileStatus.CLOSED ? "OPERATION_CLOSED" : null, !underReview.isEmpty(),
                underReview, null, null, null, List.copyOf(measures), 3) : null;
        return EngagementPolicy.decide(new EngagementQuestion(OPERATION, FORCE, code, baseId, area, NOW),
                new EngagementFacts(op, profile, force, standing, caveats, baseId == null ? null : base,
                        unprocessed));
    }

    private static List<ReasonCode> codes(EngagementAnswer answer) {
        return answer.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void anAuthorisedMeasureForAForceUnderSufficientAuthorityFromABaseThatPermitsItIsPermitted() {
        measure("r-1", "19A", null, MeasureStatus.IMPLEMENTED);
        EngagementAnswer answer = check("19A", "souda", "Tripoli");
        assertThat(answer.permitted()).isTrue();
        assertThat(answer.reasons()).isEmpty();
        assertThat(answer.authorisedBy()).containsExactly("r-1");
        assertThat(answer.nation()).isEqualTo("NOR");
    }

    @Test
    void whatIsNotAuthorisedIsNotPermitted() {
        measure("r-1", "13A", null, MeasureStatus.REQUESTED);
        measure("r-2", "14A", null, MeasureStatus.CANCELLED);
        assertThat(codes(check("13A", null, null))).containsExactly(MEASURE_NOT_AUTHORISED);
        assertThat(check("13A", null, null).reasons().get(0).text()).contains("awaiting authorisation");
        assertThat(codes(check("14A", null, null))).containsExactly(MEASURE_NOT_AUTHORISED);
        measure("r-3", "14A", null, MeasureStatus.CLOSED);
        assertThat(check("14A", null, null).permitted()).isFalse();
    }

    @Test
    void theNarrowerProhibitionBeatsTheBroaderPermission() {
        measure("r-1", "13A", null, MeasureStatus.AUTHORISED);
        measure("r-2", "13B", null, MeasureStatus.AUTHORISED);
        EngagementAnswer answer = check("13A", null, null);
        assertThat(codes(answer)).containsExactly(PROHIBITED_BY_NARROWER_MEASURE);
        assertThat(answer.reasons().get(0).reference()).isEqualTo("r-2");
    }

    @Test
    void aZoneLimitedProhibitionAppliesInItsZoneAndWhereTheAreaIsNotNamed() {
        measure("r-1", "19A", null, MeasureStatus.AUTHORISED);
        measure("r-2", "19C", "Tripoli old town", MeasureStatus.AUTHORISED);
        assertThat(codes(check("19A", null, "tripoli old town"))).containsExactly(PROHIBITED_BY_NARROWER_MEASURE);
        assertThat(codes(check("19A", null, null))).containsExactly(PROHIBITED_BY_NARROWER_MEASURE);
        assertThat(check("19A", null, "Brega").permitted()).isTrue();
    }

    @Test
    void aCancelledProhibitionNoLongerNarrows() {
        measure("r-1", "13A", null, MeasureStatus.AUTHORISED);
        measure("r-2", "13B", null, MeasureStatus.CANCELLED);
        assertThat(check("13A", null, null).permitted()).isTrue();
    }

    @Test
    void aZoneLimitedPermissionPermitsOnlyInItsZone() {
        measure("r-1", "16A", "Libyan no-fly zone", MeasureStatus.AUTHORISED);
        assertThat(check("16A", null, "Libyan no-fly zone").permitted()).isTrue();
        assertThat(codes(check("16A", null, "Chad"))).containsExactly(MEASURE_OUTSIDE_ITS_ZONE);
        assertThat(codes(check("16A", null, null))).containsExactly(MEASURE_OUTSIDE_ITS_ZONE);
    }

    @Test
    void aProhibitionIsNothingToPerform() {
        measure("r-1", "13B", null, MeasureStatus.AUTHORISED);
        assertThat(codes(check("13B", null, null))).containsExactly(MEASURE_IS_A_PROHIBITION);
    }

    @Test
    void theProfileMustExistBeOpenAndNotUnderReview() {
        measure("r-1", "13A", null, MeasureStatus.AUTHORISED);
        underReview = List.of("amendment-1");
        assertThat(codes(check("13A", null, null))).containsExactly(PROFILE_UNDER_REVIEW);
        underReview = List.of();
        profileStatus = ProfileStatus.CLOSED;
        assertThat(codes(check("13A", null, null))).containsExactly(PROFILE_CLOSED);
        profileEstablished = false;
        assertThat(codes(check("13A", null, null))).containsExactly(PROFILE_NOT_ESTABLISHED);
    }

    @Test
    void aClosedOperationPermitsNothing() {
        measure("r-1", "13A", null, MeasureStatus.AUTHORISED);
        op = new KnownOperation(OPERATION, COALITION, "Unified Protector", true);
        assertThat(codes(check("13A", null, null))).containsExactly(OPERATION_CLOSED);
    }

    @Test
    void theForceMustBeUnderCoalitionAuthority() {
        measure("r-1", "13A", null, MeasureStatus.AUTHORISED);
        force = null;
        assertThat(codes(check("13A", null, null))).containsExactly(FORCE_NOT_UNDER_COALITION_AUTHORITY);
        force = new ForcePlacement(OPERATION, COALITION, FORCE, "NOR", null, null, null, null, List.of(), null, null,
                null, ForceStanding.RECALLED, "national decision");
        assertThat(codes(check("13A", null, null))).containsExactly(FORCE_RECALLED);
        force = new ForcePlacement(OPERATION, COALITION, FORCE, "NOR", null, null, null, null, List.of(), null, null,
                null, ForceStanding.RETURNED_TO_NATIONAL_COMMAND, "MEMBER_WITHDRAWN");
        assertThat(codes(check("13A", null, null))).containsExactly(FORCE_RETURNED_TO_NATIONAL_COMMAND);
    }

    @Test
    void theDegreeOfAuthorityMustReachWhatTheMeasuresSeriesNeeds() {
        measure("r-1", "19A", null, MeasureStatus.AUTHORISED);
        measure("r-2", "13A", null, MeasureStatus.AUTHORISED);
        force = placed("TACON", List.of(), null, null, null);
        assertThat(codes(check("19A", null, null))).containsExactly(DEGREE_OF_AUTHORITY_INSUFFICIENT);
        assertThat(check("13A", null, null).permitted()).isTrue();
        force = placed("SOMETHING_ELSE", List.of(), null, null, null);
        assertThat(codes(check("13A", null, null))).containsExactly(DEGREE_OF_AUTHORITY_INSUFFICIENT);
    }

    @Test
    void theScopeOfThePlacementLimitsFunctionsAreaAndPeriod() {
        measure("r-1", "19A", null, MeasureStatus.AUTHORISED);
        force = placed("OPCON", List.of("ISR"), null, null, null);
        assertThat(codes(check("19A", null, null))).containsExactly(OUTSIDE_PLACEMENT_FUNCTIONS);
        force = placed("OPCON", List.of("TARGETING"), null, null, null);
        assertThat(check("19A", null, null).permitted()).as("a series named as function").isTrue();
        force = placed("OPCON", List.of(), "Cyrenaica", null, null);
        assertThat(codes(check("19A", null, "Tripolitania"))).containsExactly(OUTSIDE_PLACEMENT_AREA);
        assertThat(codes(check("19A", null, null))).containsExactly(OUTSIDE_PLACEMENT_AREA);
        assertThat(check("19A", null, "cyrenaica").permitted()).isTrue();
        force = placed("OPCON", List.of(), null, NOW.plusSeconds(1), null);
        assertThat(codes(check("19A", null, null))).containsExactly(OUTSIDE_PLACEMENT_PERIOD);
        force = placed("OPCON", List.of(), null, null, NOW);
        assertThat(codes(check("19A", null, null))).containsExactly(OUTSIDE_PLACEMENT_PERIOD);
    }

    @Test
    void placementFunctionsAreReadInCommandStructuresVocabulary() {
        measure("r-1", "18A", null, MeasureStatus.AUTHORISED);
        measure("r-2", "17B", null, MeasureStatus.AUTHORISED);
        measure("r-3", "16A", "Libyan no-fly zone", MeasureStatus.AUTHORISED);
        force = placed("OPCON", List.of("SURVEILLANCE"), null, null, null);
        assertThat(check("18A", null, null).permitted()).as("a surveillance placement covers ISR").isTrue();
        assertThat(codes(check("17B", null, null))).containsExactly(OUTSIDE_PLACEMENT_FUNCTIONS);
        force = placed("OPCON", List.of("ARMS_EMBARGO"), null, null, null);
        assertThat(check("17B", null, null).permitted()).as("an embargo covers boarding").isTrue();
        assertThat(codes(check("18A", null, null))).containsExactly(OUTSIDE_PLACEMENT_FUNCTIONS);
        force = placed("OPCON", List.of("NO_FLY_ZONE"), null, null, null);
        assertThat(check("16A", null, "Libyan no-fly zone").permitted()).isTrue();
        EngagementAnswer refused = check("18A", null, null);
        assertThat(refused.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.text()).contains("NO_FLY_ZONE", "ISR", "SURVEILLANCE");
            assertThat(reason.reference()).isEqualTo("NO_FLY_ZONE");
        });
    }

    @Test
    void anUnprocessedEventOfTheOperationOrTheBaseFailsTheCheckClosed() {
        measure("r-1", "19A", null, MeasureStatus.AUTHORISED);
        assertThat(check("19A", "souda", null).permitted()).isTrue();
        unprocessed.add(new UnprocessedEvent("event-7", "entente.command-structure.v1", OPERATION, 7,
                "entente.command-structure.ForceRecalled", "ForceRecalled lacks forceId"));
        unprocessed.add(new UnprocessedEvent("event-3", "entente.basing-logistics.v1", "souda", 3,
                "entente.basing-logistics.BasingAgreementRevoked", "no data object"));
        EngagementAnswer answer = check("19A", "souda", null);
        assertThat(answer.permitted()).isFalse();
        assertThat(codes(answer)).containsExactly(UPSTREAM_EVENT_UNPROCESSED, UPSTREAM_EVENT_UNPROCESSED);
        assertThat(answer.reasons()).extracting(Reason::reference).containsExactly("event-7", "event-3");
        assertThat(answer.reasons().get(0).text()).contains("ForceRecalled", "#7", OPERATION, "lacks forceId");
        assertThat(answer.authorisedBy()).as("the profile's own answer is still given").containsExactly("r-1");
    }

    @Test
    void theForcesNationMustBeAnActiveMember() {
        measure("r-1", "13A", null, MeasureStatus.AUTHORISED);
        standing = Standing.SUSPENDED_MEMBER;
        assertThat(codes(check("13A", null, null))).containsExactly(NATION_NOT_ACTIVE_MEMBER);
    }

    @Test
    void eachKindOfCaveatRestriction() {
        measure("r-1", "19A", null, MeasureStatus.AUTHORISED);
        caveat("cv-1", null, List.of("19A"), List.of(), List.of(), List.of(), List.of(), null, null,
                CaveatStatus.IN_FORCE);
        caveat("cv-2", null, List.of(), List.of(MeasureSeries.TARGETING), List.of(), List.of(), List.of(), null, null,
                CaveatStatus.IN_FORCE);
        caveat("cv-3", FORCE, List.of(), List.of(), List.of(BaseActivity.STRIKE), List.of(), List.of(), null, null,
                CaveatStatus.IN_FORCE);
        caveat("cv-4", null, List.of(), List.of(), List.of(), List.of("Tripoli"), List.of(), null, null,
                CaveatStatus.IN_FORCE);
        caveat("cv-5", null, List.of(), List.of(), List.of(), List.of(), List.of(Degree.OPCON), null, null,
                CaveatStatus.IN_FORCE);
        caveat("cv-6", null, List.of(), List.of(), List.of(), List.of(), List.of(), NOW.minusSeconds(60), null,
                CaveatStatus.IN_FORCE);
        EngagementAnswer answer = check("19A", null, "Tripoli");
        assertThat(codes(answer)).containsExactly(CAVEAT_FORBIDS_MEASURE, CAVEAT_FORBIDS_SERIES,
                CAVEAT_FORBIDS_ACTIVITY, CAVEAT_FORBIDS_AREA, CAVEAT_FORBIDS_DEGREE, CAVEAT_PERIOD);
        assertThat(answer.reasons()).extracting(Reason::reference)
                .containsExactly("cv-1", "cv-2", "cv-3", "cv-4", "cv-5", "cv-6");
    }

    @Test
    void caveatsThatDoNotApplyRestrictNothing() {
        measure("r-1", "19A", null, MeasureStatus.AUTHORISED);
        caveat("lifted", null, List.of("19A"), List.of(), List.of(), List.of(), List.of(), null, null,
                CaveatStatus.LIFTED);
        caveat("archived", null, List.of("19A"), List.of(), List.of(), List.of(), List.of(), null, null,
                CaveatStatus.ARCHIVED);
        caveat("other-force", "nor-p3", List.of("19A"), List.of(), List.of(), List.of(), List.of(), null, null,
                CaveatStatus.IN_FORCE);
        caveat("later", null, List.of("19A"), List.of(), List.of(), List.of(), List.of(), NOW.plusSeconds(60), null,
                CaveatStatus.IN_FORCE);
        caveat("over", null, List.of("19A"), List.of(), List.of(), List.of(), List.of(), null, NOW,
                CaveatStatus.IN_FORCE);
        caveat("elsewhere", null, List.of(), List.of(), List.of(), List.of("Kandahar"), List.of(), null, null,
                CaveatStatus.IN_FORCE);
        assertThat(check("19A", null, "Tripoli").permitted()).isTrue();
        assertThat(codes(check("19A", null, null))).as("an area caveat counts where the check names no area")
                .containsExactly(CAVEAT_FORBIDS_AREA);
    }

    @Test
    void theBaseMustBeKnownOfTheCoalitionInForceValidAndPermitTheActivity() {
        measure("r-1", "19A", null, MeasureStatus.AUTHORISED);
        base = null;
        assertThat(codes(check("19A", "souda", null))).containsExactly(BASE_UNKNOWN);
        base = new BaseAgreement("souda", "coalition-2", "GRC", "Souda Bay", "IN_FORCE", List.of("STRIKE"), null,
                null, "BasingAgreementAdvanced");
        assertThat(codes(check("19A", "souda", null))).containsExactly(BASE_OF_ANOTHER_COALITION);
        base = base("SUSPENDED", List.of("STRIKE"), null);
        assertThat(codes(check("19A", "souda", null))).containsExactly(BASE_NOT_IN_FORCE);
        base = base("IN_FORCE", List.of("STRIKE"), NOW);
        assertThat(codes(check("19A", "souda", null))).containsExactly(BASE_AGREEMENT_EXPIRED);
        base = new BaseAgreement("souda", COALITION, "GRC", "Souda Bay", "IN_FORCE", List.of("STRIKE"), null,
                NOW.plusSeconds(1), "BasingAgreementAdvanced");
        assertThat(codes(check("19A", "souda", null))).as("before its validity")
                .containsExactly(BASE_AGREEMENT_NOT_YET_VALID);
        base = new BaseAgreement("souda", COALITION, "GRC", "Souda Bay", "IN_FORCE", List.of("STRIKE"), null, NOW,
                "BasingAgreementAdvanced");
        assertThat(check("19A", "souda", null).permitted()).as("from its first day").isTrue();
        base = base("IN_FORCE", List.of("LOGISTICS", "ISR"), null);
        assertThat(codes(check("19A", "souda", null))).containsExactly(BASE_DOES_NOT_PERMIT_ACTIVITY);
        measure("r-2", "13A", null, MeasureStatus.AUTHORISED);
        assertThat(check("13A", "souda", null).permitted()).as("a measure needing no activity").isTrue();
    }

    @Test
    void everyReasonIsListedNotJustTheFirst() {
        op = new KnownOperation(OPERATION, COALITION, "Unified Protector", true);
        underReview = List.of("amendment-1");
        measure("r-1", "19A", null, MeasureStatus.AUTHORISED);
        measure("r-2", "19C", "Tripoli", MeasureStatus.AUTHORISED);
        force = placed("TACON", List.of("ISR"), "Cyrenaica", null, NOW.minusSeconds(1));
        standing = Standing.WITHDRAWN_MEMBER;
        caveat("cv-1", null, List.of("19A"), List.of(), List.of(), List.of(), List.of(), null, null,
                CaveatStatus.IN_FORCE);
        base = base("REVOKED", List.of("LOGISTICS"), null);

        EngagementAnswer answer = check("19A", "souda", "Tripoli");

        assertThat(answer.permitted()).isFalse();
        assertThat(codes(answer)).containsExactly(OPERATION_CLOSED, PROFILE_UNDER_REVIEW,
                PROHIBITED_BY_NARROWER_MEASURE, DEGREE_OF_AUTHORITY_INSUFFICIENT, OUTSIDE_PLACEMENT_FUNCTIONS,
                OUTSIDE_PLACEMENT_AREA, OUTSIDE_PLACEMENT_PERIOD, NATION_NOT_ACTIVE_MEMBER, CAVEAT_FORBIDS_MEASURE,
                BASE_NOT_IN_FORCE, BASE_DOES_NOT_PERMIT_ACTIVITY);
        assertThat(answer.reasons()).allSatisfy(reason -> assertThat(reason.text()).isNotBlank());
    }
}
