package org.entente.basing.view;

import org.entente.basing.sustainment.ReflagCause;
import org.entente.basing.sustainment.SupplyClass;
import org.entente.basing.sustainment.SustainmentClosureCause;
import org.entente.basing.sustainment.SustainmentStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A sustainment request as it stood at an instant.
 *
 * @param outstanding     requested minus delivered (never below zero)
 * @param overdue         still open after its need-by time
 * @param shortfallReason the reason logisticians gave for the last shortfall
 * @param reflags         each time the base it goes through was revoked, suspended or restricted
 */
public record SustainmentState(String requestId, String coalitionId, String exerciseId, String forceId, String nation,
                               SupplyClass supplyClass, BigDecimal quantity, String unit, Instant needBy,
                               String agreementId, String routeId, SustainmentStatus status, BigDecimal delivered,
                               BigDecimal outstanding, boolean overdue, String shortfallReason, List<Reflag> reflags,
                               SustainmentClosureCause closureCause, List<Step> steps, long version) {

    /** @param causationId the agreement event that caused it */
    public record Reflag(String agreementId, ReflagCause cause, Instant effectiveTime, String causationId) {
    }
}
