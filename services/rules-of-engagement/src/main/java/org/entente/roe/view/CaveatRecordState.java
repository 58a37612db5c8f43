package org.entente.roe.view;

import org.entente.roe.caveat.CaveatStatus;

import java.util.List;

/**
 * A nation's caveats in a coalition at one instant.
 *
 * @param closed  the coalition was dissolved; the record takes no more caveats
 * @param version the last event of the record this state includes; -1 when the nation has declared none
 */
public record CaveatRecordState(String coalitionId, String nation, boolean closed, List<CaveatState> caveats,
                                long version) {

    public List<CaveatState> inForce() {
        return caveats.stream().filter(c -> c.status() == CaveatStatus.IN_FORCE).toList();
    }
}
