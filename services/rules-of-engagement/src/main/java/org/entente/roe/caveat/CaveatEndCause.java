package org.entente.roe.caveat;

/** Why caveats were archived without the nation lifting them. */
public enum CaveatEndCause {
    MEMBER_WITHDRAWN, MEMBER_SUSPENDED, COALITION_DISSOLVED
}
