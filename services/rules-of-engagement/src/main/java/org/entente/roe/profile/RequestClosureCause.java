package org.entente.roe.profile;

/** Why a request closed without a decision. */
public enum RequestClosureCause {
    MEMBER_WITHDRAWN, MEMBER_SUSPENDED
}
