package org.entente.basing.clearance;

/**
 * How many days of notice a granting state asks for before the first use of a clearance.
 *
 * @param grantingNation the state, or {@link ClearanceLeadTimes#DEFAULT} for states with no figure of their own
 */
public record LeadTime(String grantingNation, int perFlightDays, int annualDays) {

    public int days(ClearanceKind kind) {
        return kind == ClearanceKind.ANNUAL ? annualDays : perFlightDays;
    }
}
