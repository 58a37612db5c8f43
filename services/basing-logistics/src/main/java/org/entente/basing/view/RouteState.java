package org.entente.basing.view;

import org.entente.basing.route.RouteMode;
import org.entente.basing.route.RouteStatus;

import java.math.BigDecimal;
import java.util.List;

/**
 * A supply route as it stood at an instant.
 *
 * @param retired closed for good (the coalition dissolved)
 * @param reason  the reason given for the last status change
 */
public record RouteState(String routeId, String coalitionId, String exerciseId, String name, String origin,
                         String destination, RouteMode mode, BigDecimal dailyCapacityTonnes, RouteStatus status,
                         String agreementId, boolean retired, String reason, List<Step> steps, long version) {
}
