package org.entente.basing.route;

public enum RouteRetirementCause {
    COALITION_DISSOLVED
}
