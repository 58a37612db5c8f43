package org.entente.platform.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.entente.contracts.Bounds;
import org.entente.platform.reference.NationCode;

import java.time.Instant;
import java.util.List;

/**
 * The part of every command request that explains the decision. All optional; what is given is stored with the
 * events, for the auditors.
 *
 * @param rationale     why, in the decider's words
 * @param authority     on whose authority: a reference to a resolution, an order, a council decision
 * @param effectiveTime when the decision takes effect in the world; default: when it is recorded. May lie in the past
 *                      (a backdated entry) or the future (a planned change)
 * @param releasableTo  nations the resulting events may be shown to; default: every member
 */
public record DecisionInput(
        @Schema(example = "Council decision of 24 March") @Size(max = Bounds.TEXT) String rationale,
        @Schema(example = "S/RES/1973 (2011)") @Size(max = Bounds.LABEL) String authority,
        @Schema(example = "2011-03-24T00:00:00Z") Instant effectiveTime,
        @Size(max = 300) List<@NotNull @NationCode String> releasableTo) {

    public static final DecisionInput NONE = new DecisionInput(null, null, null, null);
}
