package org.entente.roe.engagement;

import org.entente.roe.basing.BaseAgreement;
import org.entente.roe.caveat.CaveatStatus;
import org.entente.roe.operation.ForcePlacement;
import org.entente.roe.profile.MeasureStatus;
import org.entente.roe.profile.ProfileStatus;
import org.entente.roe.reference.Compendium;
import org.entente.roe.reference.Degree;
import org.entente.roe.reference.Measure;
import org.entente.roe.reference.PlacementFunctions;
import org.entente.roe.view.CaveatState;
import org.entente.roe.view.MeasureState;
import org.entente.roe.view.ProfileState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.entente.roe.engagement.ReasonCode.*;

/**
 * Decides an engagement check from its facts, as a pure function, and gives every reason against, not just the first.
 * <p>
 * Restrictive throughout: what is not authorised is not permitted; a prohibition in force that narrows the measure
 * beats it; where the answer depends on an area the question does not name, an area-limited permission does not
 * count and an area-limited prohibition or caveat does. Fails closed where the facts may be incomplete: an event of the
 * operation or of the base that could not be processed (dead-lettered) is a reason against, since the placement, the
 * operation's closure or the base's restriction it carried may be missing.
 */
public final class EngagementPolicy {

    private EngagementPolicy() {
    }

    public static EngagementAnswer decide(EngagementQuestion question, EngagementFacts facts) {
        Measure measure = Compendium.measure(question.measureCode()).orElseThrow(() -> new IllegalArgumentException(
                "no measure " + question.measureCode()));
        List<Reason> reasons = new ArrayList<>();
        if (facts.operation().closed()) {
            reasons.add(new Reason(OPERATION_CLOSED, "operation " + question.operationId() + " is closed", null));
        }
        List<String> authorisedBy = profile(question, measure, facts.profile(), reasons);
        ForcePlacement force = facts.force();
        force(question, measure, force, reasons);
        if (force != null) {
            if (!facts.standing().isActiveMember()) {
                reasons.add(new Reason(NATION_NOT_ACTIVE_MEMBER, force.nation() + " is " + facts.standing()
                        + " in the coalition", force.nation()));
            }
            facts.caveats().stream()
                    .filter(c -> c.status() == CaveatStatus.IN_FORCE && c.nation().equals(force.nation())
                            && c.concerns(question.forceId()) && c.appliesAt(question.at()))
                    .forEach(caveat -> caveat(question, measure, force, caveat, reasons));
        }
        if (question.baseId() != null) {
            base(question, measure, facts.operation().coalitionId(), facts.base(), reasons);
        }
        facts.unprocessed().forEach(event -> reasons.add(new Reason(UPSTREAM_EVENT_UNPROCESSED, event.type()
                + " #" + event.sequence() + " of " + event.subject() + " on " + event.topic() + " could not be "
                + "processed (" + event.reason() + "); what this service knows of " + event.subject()
                + " may be incomplete", event.eventId())));
        return new EngagementAnswer(question.operationId(), question.forceId(), force == null ? null : force.nation(),
                measure.code(), question.baseId(), question.area(), question.at(), reasons.isEmpty(), authorisedBy,
                List.copyOf(reasons));
    }

    private static List<String> profile(EngagementQuestion question, Measure measure, ProfileState profile,
                                        List<Reason> reasons) {
        if (profile == null) {
            reasons.add(new Reason(PROFILE_NOT_ESTABLISHED, "operation " + question.operationId()
                    + " has no ROE profile: nothing is authorised", null));
            return List.of();
        }
        if (profile.status() == ProfileStatus.CLOSED) {
            reasons.add(new Reason(PROFILE_CLOSED, "the ROE profile is closed (" + profile.closedCause() + ")", null));
        }
        if (profile.underReview()) {
            reasons.add(new Reason(PROFILE_UNDER_REVIEW, "the coalition's mandate was expanded (amendment "
                    + String.join(", ", profile.amendmentsUnderReview()) + "); the profile must be re-authorised "
                    + "before it permits anything", String.join(",", profile.amendmentsUnderReview())));
        }
        if (measure.isProhibition()) {
            reasons.add(new Reason(MEASURE_IS_A_PROHIBITION, "measure " + measure.code() + " forbids an action ("
                    + measure.title() + "); there is nothing to perform under it", measure.code()));
            return List.of();
        }
        List<MeasureState> sameMeasure = profile.inForce().stream()
                .filter(m -> m.measureCode().equals(measure.code())).toList();
        List<String> authorisedBy = sameMeasure.stream()
                .filter(m -> !measure.takesZone() || m.parameter() == null || sameArea(m.parameter(), question.area()))
                .map(MeasureState::requestId).toList();
        if (sameMeasure.isEmpty()) {
            boolean awaiting = profile.withStatus(MeasureStatus.REQUESTED).stream()
                    .anyMatch(m -> m.measureCode().equals(measure.code()));
            reasons.add(new Reason(MEASURE_NOT_AUTHORISED, "measure " + measure.code() + " is not authorised in the "
                    + "profile" + (awaiting ? " (requested, awaiting authorisation)" : ""), measure.code()));
        } else if (authorisedBy.isEmpty()) {
            reasons.add(new Reason(MEASURE_OUTSIDE_ITS_ZONE, "measure " + measure.code() + " is authorised only in "
                    + String.join(", ", sameMeasure.stream().map(MeasureState::parameter).toList())
                    + (question.area() == null ? "; the check names no area" : ", not in " + question.area()),
                    sameMeasure.get(0).requestId()));
        }
        profile.inForce().stream()
                .filter(m -> m.narrows().contains(measure.code()))
                .filter(m -> !zoneLimited(m) || question.area() == null || sameArea(m.parameter(), question.area()))
                .forEach(m -> reasons.add(new Reason(PROHIBITED_BY_NARROWER_MEASURE, "measure " + m.measureCode()
                        + " (" + m.title() + (zoneLimited(m) ? " - " + m.parameter() : "") + ") is in force and "
                        + "narrows " + measure.code() + "; the prohibition prevails", m.requestId())));
        return authorisedBy;
    }

    private static void force(EngagementQuestion question, Measure measure, ForcePlacement force,
                              List<Reason> reasons) {
        if (force == null) {
            reasons.add(new Reason(FORCE_NOT_UNDER_COALITION_AUTHORITY, "force " + question.forceId()
                    + " has not been placed under coalition authority in this operation", question.forceId()));
            return;
        }
        switch (force.standing()) {
            case RECALLED -> {
                reasons.add(new Reason(FORCE_RECALLED, "force " + force.forceId() + " was recalled by "
                        + force.nation() + (force.endCause() == null ? "" : ": " + force.endCause()), force.forceId()));
                return;
            }
            case RETURNED_TO_NATIONAL_COMMAND -> {
                reasons.add(new Reason(FORCE_RETURNED_TO_NATIONAL_COMMAND, "force " + force.forceId()
                        + " was returned to national command" + (force.endCause() == null ? ""
                        : " (" + force.endCause() + ")"), force.forceId()));
                return;
            }
            default -> {
                // under coalition authority: its degree and scope decide
            }
        }
        Degree needed = measure.series().authorityNeeded();
        Optional<Degree> degree = Degree.named(force.degree());
        if (degree.isEmpty() || !degree.get().reaches(needed)) {
            reasons.add(new Reason(DEGREE_OF_AUTHORITY_INSUFFICIENT, "force " + force.forceId() + " is under "
                    + force.degree() + "; ordering a " + measure.series() + " measure needs " + needed
                    + " or stronger", force.degree()));
        }
        if (!PlacementFunctions.cover(force.functions(), measure)) {
            reasons.add(new Reason(OUTSIDE_PLACEMENT_FUNCTIONS, "force " + force.forceId() + " is placed for "
                    + String.join(", ", force.functions()) + " only, which covers neither " + measure.activity()
                    + " nor the " + measure.series() + " series (see /reference/placement-functions)",
                    String.join(",", force.functions())));
        }
        if (force.area() != null && (question.area() == null || !sameArea(force.area(), question.area()))) {
            reasons.add(new Reason(OUTSIDE_PLACEMENT_AREA, "force " + force.forceId() + " is placed for "
                    + force.area() + " only" + (question.area() == null ? "; the check names no area"
                    : ", not " + question.area()), force.area()));
        }
        Instant at = question.at();
        if ((force.from() != null && at.isBefore(force.from())) || (force.until() != null
                && !at.isBefore(force.until()))) {
            reasons.add(new Reason(OUTSIDE_PLACEMENT_PERIOD, "force " + force.forceId() + " is placed from "
                    + (force.from() == null ? "-" : force.from()) + " until " + (force.until() == null ? "-"
                    : force.until()) + ", not at " + at, force.forceId()));
        }
    }

    private static void caveat(EngagementQuestion question, Measure measure, ForcePlacement force, CaveatState caveat,
                               List<Reason> reasons) {
        String whose = force.nation() + " caveat " + caveat.caveatId() + " (" + caveat.category()
                + (caveat.forceId() == null ? "" : ", force " + caveat.forceId()) + ")";
        if (caveat.measures().contains(measure.code())) {
            reasons.add(new Reason(CAVEAT_FORBIDS_MEASURE, whose + " forbids measure " + measure.code(),
                    caveat.caveatId()));
        }
        if (caveat.series().contains(measure.series())) {
            reasons.add(new Reason(CAVEAT_FORBIDS_SERIES, whose + " forbids every " + measure.series() + " measure",
                    caveat.caveatId()));
        }
        if (measure.activity() != null && caveat.activities().contains(measure.activity())) {
            reasons.add(new Reason(CAVEAT_FORBIDS_ACTIVITY, whose + " forbids " + measure.activity(),
                    caveat.caveatId()));
        }
        if (!caveat.areas().isEmpty() && (question.area() == null
                || caveat.areas().stream().anyMatch(area -> sameArea(area, question.area())))) {
            reasons.add(new Reason(CAVEAT_FORBIDS_AREA, whose + " keeps its forces out of "
                    + String.join(", ", caveat.areas()) + (question.area() == null ? "; the check names no area" : ""),
                    caveat.caveatId()));
        }
        if (Degree.named(force.degree()).filter(caveat.degrees()::contains).isPresent()) {
            reasons.add(new Reason(CAVEAT_FORBIDS_DEGREE, whose + " does not accept its forces under "
                    + force.degree(), caveat.caveatId()));
        }
        if (!caveat.listsRestrictions()) {
            reasons.add(new Reason(CAVEAT_PERIOD, whose + " withholds its forces from " + (caveat.from() == null
                    ? "its declaration" : caveat.from()) + (caveat.until() == null ? "" : " until " + caveat.until()),
                    caveat.caveatId()));
        }
    }

    private static void base(EngagementQuestion question, Measure measure, String coalitionId, BaseAgreement base,
                             List<Reason> reasons) {
        if (base == null) {
            reasons.add(new Reason(BASE_UNKNOWN, "no basing agreement " + question.baseId() + " is known",
                    question.baseId()));
            return;
        }
        String which = "basing agreement " + base.agreementId() + (base.site() == null ? "" : " (" + base.site() + ")");
        if (!base.coalitionId().equals(coalitionId)) {
            reasons.add(new Reason(BASE_OF_ANOTHER_COALITION, which + " belongs to coalition " + base.coalitionId(),
                    base.agreementId()));
        }
        if (!base.inForce()) {
            reasons.add(new Reason(BASE_NOT_IN_FORCE, which + " is " + base.status() + "; only an agreement in "
                    + "force permits anything", base.agreementId()));
        }
        if (base.validFrom() != null && question.at().isBefore(base.validFrom())) {
            reasons.add(new Reason(BASE_AGREEMENT_NOT_YET_VALID, which + " runs from " + base.validFrom(),
                    base.agreementId()));
        }
        if (base.validUntil() != null && !question.at().isBefore(base.validUntil())) {
            reasons.add(new Reason(BASE_AGREEMENT_EXPIRED, which + " ran until " + base.validUntil(),
                    base.agreementId()));
        }
        if (measure.activity() != null && !base.permittedActivities().contains(measure.activity().name())) {
            reasons.add(new Reason(BASE_DOES_NOT_PERMIT_ACTIVITY, which + " permits "
                    + (base.permittedActivities().isEmpty() ? "no activity" : String.join(", ",
                    base.permittedActivities())) + ", not " + measure.activity(), base.agreementId()));
        }
    }

    private static boolean zoneLimited(MeasureState measure) {
        return Compendium.measure(measure.measureCode()).map(Measure::takesZone).orElse(false)
                && measure.parameter() != null;
    }

    private static boolean sameArea(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
