package org.entente.roe.caveat;

public record CaveatRecordClosed(String coalitionId, String nation, CaveatEndCause cause) {
}
