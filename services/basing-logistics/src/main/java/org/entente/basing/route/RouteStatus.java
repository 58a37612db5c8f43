package org.entente.basing.route;

/** Whether supplies can move along a route: freely, under threat, or not at all. */
public enum RouteStatus {
    OPEN, CONTESTED, CLOSED
}
