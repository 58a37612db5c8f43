package org.entente.platform.roster;

import java.util.List;
import java.util.Optional;

/**
 * A service's local copy of who is in which coalition, kept from the membership topic by the inbox (it is eventually
 * consistent with the membership service, and the only way another service knows membership). Inject it into command
 * handlers as a parameter; in fixture tests register a {@link FixedCoalitionRoster}.
 */
public interface CoalitionRoster {

    Optional<KnownCoalition> coalition(String coalitionId);

    Standing standing(String coalitionId, String nation);

    /** For a partner: its role (HOST_NATION, TRANSIT_STATE, ...); empty otherwise. */
    Optional<String> partnerRole(String coalitionId, String nation);

    List<String> nations(String coalitionId, Standing standing);
}
