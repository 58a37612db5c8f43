package org.entente.roe.engagement;

import java.util.ArrayList;
import java.util.List;

/**
 * Words an engagement answer for a reader who may not see every fact it was decided on. The decision stands as decided
 * on every fact; of its reasons the reader gets those that the facts they may see give as well (word for word, so
 * nothing in them comes from a fact they may not see), and, if any other stands, one {@link ReasonCode#NOT_RELEASABLE}
 * without a reference: it says that something they may not see stands against the engagement, not what, nor how many.
 * The requests that authorise the measure are those both decisions name; the nation is the force's as the reader may
 * see it.
 * <p>
 * What it does reveal: that facts not releasable to the reader decide the answer (a NOT_RELEASABLE reason, or
 * "permitted" where the facts they see would not permit, e.g. under an authorisation restricted to other nations).
 */
public final class Withholding {

    static final String NOT_RELEASABLE_TEXT = "further reasons rest on records that are not releasable to your "
            + "nation; the answer takes them into account (a reader they are releasable to sees them)";

    private Withholding() {
    }

    /**
     * @param decided the answer decided on every fact
     * @param asSeen  the answer the facts the reader may see would give
     */
    public static EngagementAnswer wordedFor(EngagementAnswer decided, EngagementAnswer asSeen) {
        List<Reason> shown = decided.reasons().stream().filter(asSeen.reasons()::contains).toList();
        List<Reason> reasons = shown;
        if (shown.size() < decided.reasons().size()) {
            reasons = new ArrayList<>(shown);
            reasons.add(new Reason(ReasonCode.NOT_RELEASABLE, NOT_RELEASABLE_TEXT, null));
        }
        List<String> authorisedBy = decided.authorisedBy().stream().filter(asSeen.authorisedBy()::contains).toList();
        return new EngagementAnswer(decided.operationId(), decided.forceId(), asSeen.nation(), decided.measureCode(),
                decided.baseId(), decided.area(), decided.at(), decided.permitted(), authorisedBy,
                List.copyOf(reasons));
    }
}
