package org.entente.basing.route;

public enum RouteMode {
    ROAD, RAIL, SEA, AIR, PIPELINE
}
