package org.entente.basing.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.basing.agreement.AgreementAction;
import org.entente.basing.agreement.AgreementLifecycle;
import org.entente.basing.agreement.AgreementStage;
import org.entente.basing.agreement.AgreementStatus;
import org.entente.basing.clearance.ClearanceKind;
import org.entente.basing.clearance.ClearanceLeadTimes;
import org.entente.basing.clearance.ClearancePurpose;
import org.entente.basing.clearance.ClearanceStatus;
import org.entente.basing.clearance.LeadTime;
import org.entente.basing.route.RouteMode;
import org.entente.basing.route.RouteStatus;
import org.entente.basing.sustainment.SupplyClass;
import org.entente.basing.sustainment.SustainmentStatus;
import org.entente.basing.theatre.Activity;
import org.entente.platform.reference.NationCode;
import org.entente.platform.security.Reads;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The reference data clients need to fill in requests and read answers. */
@RestController
@Validated
@RequestMapping("/reference")
@Tag(name = "Reference data")
public class ReferenceController {

    private final ClearanceLeadTimes leadTimes;

    public ReferenceController(ClearanceLeadTimes leadTimes) {
        this.leadTimes = leadTimes;
    }

    public record SupplyClassEntry(SupplyClass supplyClass, String description) {
    }

    public record Transition(AgreementStatus from, AgreementAction action, AgreementStatus to, String rule) {
    }

    /** @param byNation states with figures of their own; every other state gives {@code fallback} */
    public record LeadTimes(LeadTime fallback, List<LeadTime> byNation) {
    }

    /** @param ownFigures the state has figures of its own; otherwise these are the default */
    public record NationLeadTime(String grantingNation, int perFlightDays, int annualDays, boolean ownFigures) {
    }

    @Reads
    @GetMapping("/vocabulary")
    @Operation(summary = "The enumerations used in requests")
    public Map<String, List<?>> vocabulary() {
        return Map.of(
                "activities", List.of(Activity.values()),
                "agreementStatuses", List.of(AgreementStatus.values()),
                "agreementStages", List.of(AgreementStage.values()),
                "clearanceKinds", List.of(ClearanceKind.values()),
                "clearancePurposes", List.of(ClearancePurpose.values()),
                "clearanceStatuses", List.of(ClearanceStatus.values()),
                "routeModes", List.of(RouteMode.values()),
                "routeStatuses", List.of(RouteStatus.values()),
                "sustainmentStatuses", List.of(SustainmentStatus.values()));
    }

    @Reads
    @GetMapping("/supply-classes")
    @Operation(summary = "Classes of supply, I to X")
    public List<SupplyClassEntry> supplyClasses() {
        return Arrays.stream(SupplyClass.values()).map(c -> new SupplyClassEntry(c, c.description())).toList();
    }

    @Reads
    @GetMapping("/agreement-transitions")
    @Operation(summary = "The basing-agreement life cycle: which action is allowed in which status, where it leads "
            + "(to = null: back to the status before the suspension), and the rule that refuses it elsewhere")
    public List<Transition> agreementTransitions() {
        return AgreementLifecycle.TRANSITIONS.stream()
                .map(t -> new Transition(t.from(), t.action(), t.to(), t.action().rule())).toList();
    }

    @Reads
    @GetMapping("/clearance-lead-times")
    @Operation(summary = "Days of notice granting states ask for before a clearance's first use")
    public LeadTimes clearanceLeadTimes() {
        return new LeadTimes(leadTimes.fallback(), leadTimes.all());
    }

    @Reads
    @GetMapping("/clearance-lead-times/{nation}")
    @Operation(summary = "The notice one granting state asks for (its own figures, or the default)")
    public NationLeadTime clearanceLeadTime(@PathVariable @NationCode String nation) {
        LeadTime leadTime = leadTimes.of(nation);
        return new NationLeadTime(nation, leadTime.perFlightDays(), leadTime.annualDays(),
                leadTimes.own(nation).isPresent());
    }
}
