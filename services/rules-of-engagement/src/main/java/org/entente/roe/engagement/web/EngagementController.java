package org.entente.roe.engagement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.contracts.Bounds;
import org.entente.platform.command.Ids;
import org.entente.platform.decision.Roles;
import org.entente.platform.security.Allowed;
import org.entente.platform.web.InvalidInput;
import org.entente.roe.engagement.EngagementAnswer;
import org.entente.roe.engagement.EngagementCheck;
import org.entente.roe.engagement.EngagementQuestion;
import org.entente.roe.reference.Compendium;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

@RestController
@Validated
@Tag(name = "Engagement check", description = "May this force perform this measure, here, now?")
public class EngagementController {

    private static final String REFERENCE = "[A-Za-z0-9._:-]{1,100}";

    private final EngagementCheck check;
    private final Clock clock;

    public EngagementController(EngagementCheck check, Clock clock) {
        this.check = check;
        this.clock = clock;
    }

    // a decision aid for those who act on its answer (and the auditor who verifies it): not reference data, so not
    // the founder's, and not state for dashboards
    @Allowed({Roles.COMMANDER, Roles.PLANNER, Roles.COALITION_AUTHORITY, Roles.RED_CARD_HOLDER, Roles.AUDITOR})
    @GetMapping("/operations/{operationId}/engagement-check")
    @Operation(summary = "May force F perform measure M (from base B, in area A, at time T)?",
            description = "Combines the operation's authorised measures (a narrower prohibition beats a broader "
                    + "permission; what is not authorised is not permitted), the review flag after a mandate "
                    + "expansion, the force's placement under coalition authority (degree and scope; functions as "
                    + "in /reference/placement-functions), its nation's caveats and its own, and what the basing "
                    + "agreement permits. Fails closed when an event of the operation (command-structure topic) or "
                    + "of the base (basing topic) could not be processed here and was dead-lettered: reason "
                    + "UPSTREAM_EVENT_UNPROCESSED, as what is known of them may be incomplete. Lists every reason "
                    + "against. Decided on every record, also those not releasable to the reader; the reasons that "
                    + "rest on such records are not given, a single NOT_RELEASABLE says that some stand.")
    public EngagementAnswer engagementCheck(
            @PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
            @RequestParam(required = false) @Pattern(regexp = REFERENCE) String force,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{2}[A-Z]", message = "must be a measure code "
                    + "such as 13A") String measure,
            @Parameter(description = "a basing agreement id") @RequestParam(required = false)
            @Pattern(regexp = REFERENCE) String base,
            @RequestParam(required = false) @Size(min = 1, max = Bounds.LABEL) String area,
            @Parameter(description = "when the force would act, ISO-8601; default now") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        // checked here rather than by required = true: a missing parameter then gets the same problem+json, naming it
        if (force == null) {
            throw new InvalidInput("force", "is required: the force to check");
        }
        if (measure == null) {
            throw new InvalidInput("measure", "is required: a measure code such as 13A");
        }
        if (Compendium.measure(measure).isEmpty()) {
            throw new InvalidInput("measure", "the compendium has no measure " + measure + "; see /compendium");
        }
        return check.check(new EngagementQuestion(operationId, force, measure, base,
                area == null ? null : area.strip(), at == null ? clock.instant() : at));
    }
}
