package org.entente.basing.clearance;

/** Every clearance event says whose clearance it is and where it stands. */
public interface ClearanceEvent {

    String clearanceId();

    String coalitionId();

    String userNation();

    String grantingNation();

    ClearanceKind kind();

    ClearanceStatus status();
}
