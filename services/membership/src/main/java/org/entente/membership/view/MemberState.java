package org.entente.membership.view;

import org.entente.membership.member.MemberStatus;

import java.time.Instant;
import java.util.List;

public record MemberState(String nation, String name, MemberStatus status, Instant admittedAt, Instant statusSince,
                          List<StatusChange> history) {

    public record StatusChange(MemberStatus status, Instant effectiveTime, Instant recordedTime, String eventId) {
    }
}
