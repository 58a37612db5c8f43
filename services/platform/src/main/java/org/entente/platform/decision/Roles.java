package org.entente.platform.decision;

import java.util.List;

/** The roles Entente knows. A token's other roles (an identity provider adds its own) are ignored. */
public final class Roles {

    /** Proposes and records on behalf of their own nation only. */
    public static final String PLANNER = "planner";
    /** The coalition's council, for the coalitions named in the token: membership, mandate, ROE, lead nation. */
    public static final String COALITION_AUTHORITY = "coalition-authority";
    /** Forms new coalitions. */
    public static final String FOUNDER = "founder";
    /** Tasks forces within the authority transferred to the coalition; raises ROE requests. */
    public static final String COMMANDER = "commander";
    /** Vetoes taskings of their own nation's forces. */
    public static final String RED_CARD_HOLDER = "red-card-holder";
    /** Reads histories and as-of views, runs verification; changes nothing. */
    public static final String AUDITOR = "auditor";
    /** Reads state and streams only (dashboards). */
    public static final String OBSERVER = "observer";

    /** Runs a service: sees its inbox and re-drives dead letters; reads no coalition records. */
    public static final String OPERATOR = "operator";

    public static final List<String> ALL = List.of(PLANNER, COALITION_AUTHORITY, FOUNDER, COMMANDER, RED_CARD_HOLDER,
            AUDITOR, OBSERVER, OPERATOR);

    /** The role a service's own reactions act with (actor {@code service:<name>}); no token can carry it. */
    public static final String SYSTEM = "system";

    /** With this clearance an auditor sees every event, whatever its releasability. */
    public static final String COALITION_WIDE_AUDIT = "coalition-wide-audit";

    private Roles() {
    }
}
