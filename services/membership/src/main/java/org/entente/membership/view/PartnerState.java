package org.entente.membership.view;

import org.entente.membership.member.Governance;
import org.entente.membership.member.PartnerRole;

import java.time.Instant;

public record PartnerState(String nation, String name, PartnerRole role, Governance governance, boolean associated,
                           Instant since, Instant endedAt) {
}
