package org.entente.contracts.roe.v1;

/** The coalition was dissolved: the nation's caveat record takes no more caveats. @param cause COALITION_DISSOLVED */
public record CaveatRecordClosed(String coalitionId, String nation, String cause) {
}
